#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace kiosk::test {

/// Writes a copy of the demo kiosk.json to @p dir with @p changes applied, for an end-to-end test that
/// needs one setting other than the demo's. The copy lives elsewhere, so its file settings (relative to
/// the demo folder, as `changes` may give them too) are made absolute. Returns the copy's path, or an
/// empty string when the demo could not be read or the copy written.
inline QString writeDemoConfigCopy(const QString &dir, const QJsonObject &changes)
{
    using namespace Qt::Literals::StringLiterals;
    QFile demo(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/kiosk.json"));
    if (!demo.open(QIODevice::ReadOnly))
        return {};
    QJsonObject config = QJsonDocument::fromJson(demo.readAll()).object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        config[it.key()] = it.value();
    const QDir demoDir(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo"));
    for (const QString &key : config.keys()) {
        const QString value = config.value(key).toString();
        if (value.endsWith(u".json"_s) && QDir::isRelativePath(value))
            config[key] = demoDir.absoluteFilePath(value);
    }
    const QString path = QDir(dir).filePath(u"kiosk.json"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(config).toJson()) < 0)
        return {};
    return path;
}

} // namespace kiosk::test
