#!/usr/bin/env bash
# Validates generated/openapi.json with the reference OpenAPI validator (openapi-spec-validator,
# from PyPI), then checks every schema in it and in generated/schemas/ against the JSON Schema
# 2020-12 meta-schema and validates each schema's examples (the spec validator does not look
# inside schemas). Installs into a venv under target/ once. Prints one line; exits non-zero when
# anything is invalid or the validator cannot run.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/target/openapi-venv"
document="${1:-$root/generated/openapi.json}"
schemas="$(dirname "$document")/schemas"
version="0.7.1"

if ! "$venv/bin/openapi-spec-validator" --help >/dev/null 2>&1; then
  python3 -m venv "$venv" >/dev/null
  "$venv/bin/pip" install --quiet --disable-pip-version-check "openapi-spec-validator==$version" >/dev/null
fi

fail() {
  echo "openapi: $(basename "$document") is INVALID ($1):"
  echo "$2" | tail -n 20
  exit 1
}

output="$("$venv/bin/openapi-spec-validator" --schema 3.1.0 "$document" 2>&1)" ||
  fail "openapi-spec-validator $version" "$output"

output="$("$venv/bin/python" - "$document" "$schemas" <<'PY' 2>&1
import glob, json, os, sys
from jsonschema import Draft202012Validator

document, schemas = sys.argv[1], sys.argv[2]
found = list(json.load(open(document, encoding="utf-8"))["components"]["schemas"].items())
for path in sorted(glob.glob(os.path.join(schemas, "*.schema.json"))):
    found.append((os.path.basename(path), json.load(open(path, encoding="utf-8"))))
examples = 0
for name, schema in found:
    Draft202012Validator.check_schema(schema)
    for example in schema.get("examples", []):
        if isinstance(example, (dict, list)):
            Draft202012Validator(schema).validate(example)
            examples += 1
print(f"{len(found)} schemas, {examples} examples")
PY
)" || fail "JSON Schema 2020-12 meta-schema" "$output"

echo "openapi: $(basename "$document") is a valid OpenAPI 3.1 document (openapi-spec-validator $version); $output valid"
