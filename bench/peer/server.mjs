// The benchmark's peer: the Neo4j GraphQL Library on Apollo Server, over the same Neo4j as our
// service (NEO4J_URI, no authentication: the embedded server listens on loopback only). The type
// definitions mirror our model for the relation queries of the benchmark: every node type the queries
// are rooted at or reach, the relationships between them with the relationship properties the queries
// read, and unions where a relationship's other end has several labels (a project's participants, a
// designation's holders, a platform's operator).
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

  type Processes @relationshipProperties {
    volumeT: Float
    year: Int
  }

  type Participates @relationshipProperties {
    role: String
  }

  type Award @relationshipProperties {
    year: Int
    level: String
    product: String
  }

  type Invests @relationshipProperties {
    kind: String
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

  type Material @node {
    key: String!
    name: String!
    nameZh: String
    category: String
    products: [Product!]! @relationship(type: "FEEDS", direction: OUT)
    processors: [Enterprise!]! @relationship(type: "PROCESSES", direction: IN, properties: "Processes")
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

  type Standard @node {
    key: String!
    code: String
    title: String!
    titleEn: String
    level: String
    status: String
    metals: [Metal!]! @relationship(type: "CONCERNS", direction: OUT)
  }

  type Park @node {
    key: String!
    name: String!
    nameEn: String
    kind: String
    parent: Park @relationship(type: "PART_OF", direction: OUT)
    children: [Park!]! @relationship(type: "PART_OF", direction: IN)
    enterprises: [Enterprise!]! @relationship(type: "LOCATED_IN", direction: IN)
  }

  type Institution @node {
    key: String!
    name: String!
    nameEn: String
    kind: String!
    partners: [Enterprise!]! @relationship(type: "COLLABORATES_WITH", direction: IN, properties: "Collaboration")
  }

  type Region @node {
    key: String!
    name: String!
    nameEn: String
    level: String!
    parent: Region @relationship(type: "PART_OF", direction: OUT)
  }

  type Cluster @node {
    key: String!
    name: String!
    nameEn: String
    region: Region @relationship(type: "IN_REGION", direction: OUT)
    designations: [Designation!]! @relationship(type: "HAS_DESIGNATION", direction: OUT, properties: "Award")
    investors: [Enterprise!]! @relationship(type: "INVESTED_IN", direction: IN, properties: "Invests")
  }

  union Participant = Enterprise | Institution | Cluster
  union Concern = Metal | Product
  union Holder = Enterprise | Park | Cluster
  union Operator = Enterprise | Institution

  type Project @node {
    key: String!
    name: String!
    nameEn: String
    status: String
    participants: [Participant!]! @relationship(type: "PARTICIPATES_IN", direction: IN, properties: "Participates")
    concerns: [Concern!]! @relationship(type: "CONCERNS", direction: OUT)
  }

  type Designation @node {
    key: String!
    name: String!
    nameEn: String
    level: String
    kind: String!
    holders: [Holder!]! @relationship(type: "HAS_DESIGNATION", direction: IN, properties: "Award")
  }

  type Platform @node {
    key: String!
    name: String!
    nameEn: String
    kind: String!
    level: String
    operator: Operator @relationship(type: "OPERATES", direction: IN)
  }

  type IndustryChain @node {
    key: String!
    name: String!
    nameEn: String
    metal: Metal @relationship(type: "OF_METAL", direction: OUT)
    stages: [ChainStage!]! @relationship(type: "HAS_STAGE", direction: OUT)
  }

  type ChainStage @node {
    key: String!
    order: Int!
    kind: String!
    name: String!
    nameEn: String
    products: [Product!]! @relationship(type: "AT_STAGE", direction: IN)
  }

  type Source @node {
    key: String!
    title: String!
    publisher: String
    date: String
    url: String
    kind: String!
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
