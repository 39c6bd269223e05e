#include "ProfileFit.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

namespace {

/// A rule with USB ids or a name asks for a particular device: matched before the generic ones, so a
/// generic rule does not take the device a particular one needs.
int specificity(const HardwareProfile::MatchRule &rule)
{
    return (rule.usb.isEmpty() ? 0 : 2) + (rule.name.isEmpty() ? 0 : 1);
}

QString wanted(const HardwareProfile::MatchRule &rule)
{
    QStringList what { rule.kind };
    if (!rule.usb.isEmpty())
        what.append(rule.usb.join(u'/'));
    if (!rule.name.isEmpty())
        what.append(u'"' + rule.name + u'"');
    return rule.label + u" ("_s + what.join(u' ') + u')';
}

} // namespace

bool ProfileFit::matches(const HardwareProfile::MatchRule &rule, const DetectedDevice &device)
{
    if (rule.kind != device.kind || !device.reachable)
        return false;
    if (!rule.usb.isEmpty() && std::none_of(rule.usb.cbegin(), rule.usb.cend(), [&device](const QString &id) {
            return !device.usb.isEmpty() && (device.usb == id || device.usb.startsWith(id + u':'));
        }))
        return false;
    if (rule.name.isEmpty())
        return true;
    // Anchored: the whole node, file name or name; `*` does not cross a `/`.
    const QRegularExpression whole(QRegularExpression::wildcardToRegularExpression(rule.name),
        QRegularExpression::CaseInsensitiveOption);
    return whole.match(device.node).hasMatch() || whole.match(QFileInfo(device.node).fileName()).hasMatch()
        || whole.match(device.name).hasMatch();
}

ProfileFit ProfileFit::evaluate(
    const QString &name, const HardwareProfile &profile, const QList<DetectedDevice> &found)
{
    ProfileFit fit;
    fit.profile = name;
    fit.label = profile.label.isEmpty() ? name : profile.label;
    fit.hasRules = !profile.match.empty();
    // Matched most specific first, reported in the profile's order.
    std::vector<size_t> order(profile.match.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&profile](size_t a, size_t b) {
        return specificity(profile.match[a]) > specificity(profile.match[b]);
    });
    std::vector<qsizetype> device(profile.match.size(), -1);
    std::vector<bool> taken(size_t(found.size()), false);
    for (const size_t r : order) {
        qsizetype i = 0;
        while (i < found.size() && (taken[size_t(i)] || !matches(profile.match[r], found.at(i))))
            ++i;
        if (i < found.size()) {
            taken[size_t(i)] = true;
            device[r] = i;
        }
    }
    for (size_t r = 0; r < profile.match.size(); ++r) {
        const HardwareProfile::MatchRule &rule = profile.match[r];
        if (device[r] >= 0) {
            fit.matched.append(rule.label + u": "_s + found.at(device[r]).describe());
            fit.score += 2 + specificity(rule);
        } else {
            (rule.optional ? fit.missingOptional : fit.missing).append(wanted(rule));
        }
    }
    return fit;
}

bool ProfileFit::better(const ProfileFit &a, const ProfileFit &b)
{
    if (a.fits() != b.fits())
        return a.fits();
    if (a.score != b.score)
        return a.score > b.score;
    return a.profile < b.profile;
}

QString ProfileFit::problem() const
{
    if (!error.isEmpty())
        return profile + u": "_s + error;
    if (!hasRules)
        return profile + u": no match rules, so detection cannot check it"_s;
    if (!missing.isEmpty())
        return profile + u": missing "_s + missing.join(u", "_s);
    return {};
}

QJsonObject ProfileFit::toJson() const
{
    QJsonObject o { { u"profile"_s, profile }, { u"label"_s, label }, { u"fits"_s, fits() },
        { u"score"_s, score }, { u"matched"_s, QJsonArray::fromStringList(matched) },
        { u"missing"_s, QJsonArray::fromStringList(missing) },
        { u"missingOptional"_s, QJsonArray::fromStringList(missingOptional) } };
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    if (!hasRules)
        o.insert(u"hasRules"_s, false);
    return o;
}

} // namespace kiosk::drivers
