// Validates every object of a multi-document YAML stream against the Kubernetes API schema, without a
// cluster: kubernetes-models carries the schemas (JSON Schema from the API's OpenAPI definitions) and
// checks an object when validate() is called. Usage: node validate.mjs < manifests.yaml
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const documents = parseAllDocuments(readFileSync(0, "utf8"));
let failures = 0;
for (const document of documents) {
  if (document.errors.length > 0) {
    console.error(`YAML: ${document.errors.map((e) => e.message).join("; ")}`);
    failures++;
    continue;
  }
  const object = document.toJS();
  if (object === null) continue;
  const name = `${object.kind}/${object.metadata?.name}`;
  try {
    const { [object.kind]: Model } = await import(`kubernetes-models/${object.apiVersion}/${object.kind}`);
    new Model(object).validate();
    console.log(`valid: ${name} (${object.apiVersion})`);
  } catch (error) {
    console.error(`INVALID: ${name} (${object.apiVersion}): ${error.message}`);
    failures++;
  }
}
if (failures > 0) {
  console.error(`${failures} invalid object(s)`);
  process.exit(1);
}
