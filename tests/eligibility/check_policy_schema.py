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
print(f"{len(sources)} policies and {len(bundles)} bundles match the schema")
