#pragma once

#include <QObject>
#include <QQmlEngine>

/// What the screens show about the kiosk itself: the retailer's branding and, for staff, its id.
/// Filled by KioskApplication from kiosk.json; reaches QML as the `Kiosk` singleton.
class KioskInfo : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    Q_PROPERTY(QString retailerName READ retailerName CONSTANT)
    Q_PROPERTY(QString accentColor READ accentColor CONSTANT)
    Q_PROPERTY(QString kioskId READ kioskId CONSTANT)
    /// Where the code reader is, seen from the shopper: "below", "left" or "right" of the screen (the
    /// hardware profile's readerAt).
    Q_PROPERTY(QString readerAt READ readerAt CONSTANT)

public:
    KioskInfo(QString retailerName, QString accentColor, QString kioskId, QString readerAt,
        QObject *parent = nullptr)
        : QObject(parent)
        , m_retailerName(std::move(retailerName))
        , m_accentColor(std::move(accentColor))
        , m_kioskId(std::move(kioskId))
        , m_readerAt(std::move(readerAt))
    { }

    QString retailerName() const { return m_retailerName; }
    QString accentColor() const { return m_accentColor; }
    QString kioskId() const { return m_kioskId; }
    QString readerAt() const { return m_readerAt; }

    static KioskInfo *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT(s_instance);
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static inline KioskInfo *s_instance = nullptr;

private:
    QString m_retailerName;
    QString m_accentColor;
    QString m_kioskId;
    QString m_readerAt;
};
