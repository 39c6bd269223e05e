#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace kiosk {

/// Asks the retailer backend whether it is there (the self-test's "reach the backend"). Each probe()
/// ends in exactly one answered(), on the caller's thread.
class BackendProbe : public QObject
{
    Q_OBJECT
public:
    /// What came back: an HTTP status (0 when no complete answer arrived) and, when none did, why.
    struct Answer
    {
        int status = 0;
        QString error {};

        bool healthy() const { return status == 200; }
    };

    using QObject::QObject;

    virtual void probe() = 0;
    /// The backend asked, for messages ("https://backend.example:8443").
    virtual QString backendUrl() const = 0;

Q_SIGNALS:
    void answered(const kiosk::BackendProbe::Answer &answer);
};

} // namespace kiosk

Q_DECLARE_METATYPE(kiosk::BackendProbe::Answer)
