// Whether the enterprise and the product (null: none) of a shortlist entry exist, and whether the entry does.
RETURN EXISTS { (:Enterprise {key: $enterprise}) } AS enterprise,
       $product IS NULL OR EXISTS { (:Product {key: $product}) } AS product,
       EXISTS { (:ShortlistEntry {key: $key}) } AS entry
