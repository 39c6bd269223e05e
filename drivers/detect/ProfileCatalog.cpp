#include "ProfileCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

ProfileCatalog ProfileCatalog::load(const QStringList &dirs)
{
    ProfileCatalog catalog;
    for (const QString &dirPath : dirs) {
        const QDir dir(dirPath);
        for (const QFileInfo &file :
            dir.entryInfoList({ u"*.json"_s }, QDir::Files | QDir::Readable, QDir::Name)) {
            if (catalog.find(file.completeBaseName()))
                continue; // an override of the same name came first
            Entry entry { file.completeBaseName(), file.filePath(), std::nullopt, {} };
            QFile in(file.filePath());
            QJsonParseError parseError {};
            const QJsonDocument doc = in.open(QIODevice::ReadOnly)
                ? QJsonDocument::fromJson(in.read(64 * 1024), &parseError)
                : QJsonDocument();
            if (!doc.isObject()) {
                entry.error = in.isOpen() ? parseError.errorString() : in.errorString();
            } else {
                HardwareProfile::Result read = HardwareProfile::parse(doc.object());
                entry.profile = std::move(read.profile);
                entry.error = read.error;
            }
            catalog.m_entries.append(std::move(entry));
        }
    }
    return catalog;
}

const ProfileCatalog::Entry *ProfileCatalog::find(const QString &name) const
{
    const auto it = std::find_if(
        m_entries.cbegin(), m_entries.cend(), [&name](const Entry &entry) { return entry.name == name; });
    return it == m_entries.cend() ? nullptr : &*it;
}

QList<ProfileFit> ProfileCatalog::rank(const QList<DetectedDevice> &found) const
{
    QList<ProfileFit> ranked;
    for (const Entry &entry : m_entries) {
        if (entry.profile) {
            ranked.append(ProfileFit::evaluate(entry.name, *entry.profile, found));
        } else {
            ProfileFit broken;
            broken.profile = entry.name;
            broken.label = entry.name;
            broken.error = entry.error;
            ranked.append(broken);
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), ProfileFit::better);
    return ranked;
}

ProfileFit ProfileCatalog::simulated()
{
    ProfileFit sim;
    sim.profile = u"sim"_s;
    sim.label = u"Simulated devices (no hardware)"_s;
    sim.hasRules = true; // nothing to find, so nothing is missing
    return sim;
}

std::optional<ProfileFit> ProfileCatalog::proposal(const QList<ProfileFit> &ranked)
{
    if (ranked.isEmpty() || !ranked.constFirst().fits())
        return std::nullopt;
    return ranked.constFirst();
}

QStringList ProfileCatalog::networkPrinters() const
{
    QStringList hosts;
    const auto add = [&hosts](const QString &host) {
        if (host.isEmpty() || host.contains(u'*') || host.contains(u'?'))
            return;
        const QString address = host.contains(u':') ? host : host + u":9100"_s;
        if (!hosts.contains(address))
            hosts.append(address);
    };
    for (const Entry &entry : m_entries) {
        if (!entry.profile)
            continue;
        if (entry.profile->printer.type == u"tcp")
            add(u"%1:%2"_s.arg(entry.profile->printer.host).arg(entry.profile->printer.tcpPort));
        for (const HardwareProfile::MatchRule &rule : entry.profile->match) {
            if (rule.kind == u"network-printer")
                add(rule.name);
        }
    }
    return hosts;
}

} // namespace kiosk::drivers
