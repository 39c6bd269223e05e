#pragma once

#include <QTranslator>

namespace kiosk {

/// A translator into a made-up language for layout tests: every string comes back about 40% longer,
/// with its letters accented and in brackets ("Back" → "[Ƀåçķ ĺō]"), so that a label that does not fit,
/// a text that runs under another, or a string that is not translated at all shows on every screen.
/// Placeholders (%1, %n, %L1) and markup are kept as they are.
class PseudoTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
        int n = -1) const override;
    bool isEmpty() const override { return false; }

    /// The pseudo-translation of one string.
    static QString pseudo(const QString &source);
};

} // namespace kiosk
