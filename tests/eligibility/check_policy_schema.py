#!/usr/bin/env python3
"""Checks every example policy (source and signed bundle) against kiosk-config/schema/policy.schema.json,
and that a deliberately broken policy is refused, so the schema and the C++ loader cannot drift apart."""
import copy
import json
import pathlib
import sys

import jsonschema

config = pathlib.Path(sys.argv[1])
schema = json.loads((config / "schema/policy.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
policy_validator = jsonschema.Draft202012Validator(schema)
signature_validator = jsonschema.Draft202012Validator(schema["$defs"]["bundle"]["properties"]["signature"])

sources = sorted((config / "policies/src").glob("*.json"))
bundles = sorted((config / "policies").glob("*.policy.json"))
assert len(sources) >= 3 and len(bundles) == len(sources), (sources, bundles)
for path in sources:
    policy_validator.validate(json.loads(path.read_text()))
for path in bundles:
    bundle = json.loads(path.read_text())
    assert set(bundle) == {"policy", "signature"}, f"{path}: unexpected bundle members"
    policy_validator.validate(bundle["policy"])
    signature_validator.validate(bundle["signature"])
    source = json.loads((config / "policies/src" / path.name.replace(".policy.json", ".json")).read_text())
    assert bundle["policy"] == source, f"{path} is not signed from its source: re-sign it"

broken = copy.deepcopy(json.loads(sources[0].read_text()))
broken["windows"][0]["days"] = 0
assert not policy_validator.is_valid(broken), "schema accepted a zero-day window"
# Format 2: the Python validator must agree with valijson (tst_policycorpus) on the corpus.
v2_validator = jsonschema.Draft7Validator(json.loads((config / "schema/policy-v2.schema.json").read_text()))
jsonschema.Draft7Validator.check_schema(v2_validator.schema)
corpus = pathlib.Path(sys.argv[2])
expected = json.loads((corpus / "expected.json").read_text())
good = sorted((corpus / "good").glob("*.json")) + sorted((config / "policies/v2").glob("*.json"))
for path in good:
    v2_validator.validate(json.loads(path.read_text()))
for path in sorted((corpus / "bad").glob("*.json")):
    refused = not v2_validator.is_valid(json.loads(path.read_text()))
    assert refused == (expected[path.name]["refusedBy"] == "schema"), f"{path.name}: schema refused={refused}"
print(f"{len(sources)} policies and {len(bundles)} bundles match the schema; {len(good)} format 2 documents valid")
