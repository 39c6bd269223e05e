#pragma once

#include "PolicyLoader.h"

namespace kiosk {

/// Loads a policy document of format 2: the JSON Schema first (PolicySchema), then the typed mapping and
/// what a schema cannot say: unique ids, known reasons, questions and bins, valid and ordered dates,
/// holiday periods that do not overlap, no rule hidden behind a later one, a default window and bin.
/// Every error names its JSON path and, inside a rule, the rule's id.
class PolicyV2Reader
{
public:
    enum class Mode {
        Strict, ///< a document a retailer wrote
        Migrated, ///< a format 1 document after migration: it keeps loading as it did (v1 had no such checks)
    };
    static PolicyLoader::Result read(const QJsonObject &json, const QString &root, Mode mode);
};

} // namespace kiosk
