// The benchmark's peer: the Neo4j GraphQL Library on Apollo Server, over the same Neo4j as our
// service (NEO4J_URI, no authentication: the embedded server listens on loopback only). The type
// definitions mirror our model for the relation queries of the benchmark: Enterprise, Product,
// Metal (with its products), Patent, Park, Institution and the PRODUCES, HOLDS, LOCATED_IN, OF_METAL,
// COLLABORATES_WITH and SUPPLIES relationships, with the relationship properties the queries read.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { readFileSync } from "node:fs";

const typeDefs = /* GraphQL */ `
  type Enterprise @node {
    key: String!
    name: String!
    nameEn: String
    founded: Int
    local: Boolean!
    ownership: String
    park: Park @relationship(type: "LOCATED_IN", direction: OUT)
    products: [Product!]! @relationship(type: "PRODUCES", direction: OUT, properties: "Produces")
    patents: [Patent!]! @relationship(type: "HOLDS", direction: OUT)
    partners: [Institution!]! @relationship(type: "COLLABORATES_WITH", direction: OUT, properties: "Collaboration")
    customers: [Enterprise!]! @relationship(type: "SUPPLIES", direction: OUT, properties: "Supplies")
  }

  type Produces @relationshipProperties {
    capacityT: Float
    outputT: Float
    year: Int
    status: String
  }

  type Collaboration @relationshipProperties {
    since: Int
    kind: String
  }

  type Supplies @relationshipProperties {
    product: String
    volumeT: Float
    year: Int
  }

  type Product @node {
    key: String!
    name: String!
    nameZh: String
    metal: Metal @relationship(type: "OF_METAL", direction: OUT)
    producers: [Enterprise!]! @relationship(type: "PRODUCES", direction: IN, properties: "Produces")
  }

  type Metal @node {
    key: String!
    name: String!
    nameZh: String
    products: [Product!]! @relationship(type: "OF_METAL", direction: IN)
  }

  type Patent @node {
    key: String!
    number: String!
    title: String!
    type: String!
    ipc: [String!]
    filed: String
    granted: String
  }

  type Park @node {
    key: String!
    name: String!
    nameEn: String
    enterprises: [Enterprise!]! @relationship(type: "LOCATED_IN", direction: IN)
  }

  type Institution @node {
    key: String!
    name: String!
    nameEn: String
    kind: String!
    partners: [Enterprise!]! @relationship(type: "COLLABORATES_WITH", direction: IN, properties: "Collaboration")
  }
`;

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4000);
// the same pool ceiling as our service's driver (EmbeddedNeo4jConfiguration)
const driver = neo4j.driver(uri, neo4j.auth.none(), { maxConnectionPoolSize: 32 });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
const pkg = (name) =>
  JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url), "utf8")).version;
console.log(
  `READY @neo4j/graphql ${pkg("@neo4j/graphql")} on @apollo/server ${pkg("@apollo/server")}, ` +
    `Node.js ${process.version}, ${url}`,
);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
