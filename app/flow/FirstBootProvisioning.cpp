#include "FirstBootProvisioning.h"

#include "FirstBootSelfTest.h"
#include "HardwareSelection.h"
#include "codes/CodeParser.h"
#include "detect/HardwareChoice.h"
#include "provision/EnrolmentRecord.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcProvisioning, "kiosk.provisioning")

namespace kiosk {

FirstBootProvisioning::FirstBootProvisioning(Setup setup, std::unique_ptr<KeyStore> keys, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_keys(std::move(keys))
{
    if (m_setup.required && m_setup.enrolment
        && QFile::exists(EnrolmentRecord::firstBootPendingFile(m_setup.dataDir)))
        resume(*m_setup.enrolment);
}

bool FirstBootProvisioning::pendingIn(const QString &dataDir)
{
    return QFile::exists(EnrolmentRecord::firstBootPendingFile(dataDir)) && EnrolmentRecord::exists(dataDir);
}

void FirstBootProvisioning::resume(const EnrolmentRecord &record)
{
    m_kioskId = record.kioskId;
    m_storeName = record.store.storeName;
    m_backendUrl = record.backendUrl;
    const bool chosen = !m_setup.hardware || drivers::HardwareChoice::load(m_setup.dataDir).choice;
    m_step = chosen ? Step::SelfTest : Step::Hardware;
    qCInfo(lcProvisioning).noquote() << "first boot resumes as" << m_kioskId << "at the"
                                     << (chosen ? "self-test with" : "hardware step, running")
                                     << m_setup.profile;
}

FirstBootProvisioning::~FirstBootProvisioning()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void FirstBootProvisioning::submitCode(const QString &text)
{
    if (!active() || m_step != Step::Scan)
        return;
    const codes::ScannedCode code
        = codes::CodeParser({ m_setup.retailerId, {} }).parse(text, QDateTime::currentDateTimeUtc());
    if (code.kind != codes::ScannedCode::Kind::EnrolmentCode) {
        fail(tr("That is not an enrolment code. Scan the enrolment QR from the retailer's enrolment sheet."));
        return;
    }
    if (!code.isValid()) {
        fail(code.error == codes::ScannedCode::Error::OtherRetailer
                ? tr("This enrolment QR is for another retailer: %1").arg(code.reason)
                : tr("The enrolment code could not be read: %1").arg(code.reason));
        return;
    }
    CertificateEnrolment::Request request { code.backendUrl, code.enrolmentCode, code.backendPin,
        m_setup.caBundle, m_setup.proposedKioskId, m_setup.dataDir, std::chrono::seconds(20) };
    if (request.backendUrl.isEmpty()) { // typed: kiosk.json names the backend
        if (!typedCodesAccepted()) {
            fail(tr("A typed code needs the backend set in kiosk.json. Scan the enrolment QR instead."));
            return;
        }
        request.backendUrl = m_setup.typed.backendUrl;
        request.pin = m_setup.typed.pin;
    }
    // Marked before the request: a kiosk enrolled by it and started again resumes first boot.
    QSaveFile pending(EnrolmentRecord::firstBootPendingFile(m_setup.dataDir));
    if (!pending.open(QIODevice::WriteOnly)
        || !pending.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || pending.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + '\n') < 0
        || !pending.commit()) {
        fail(tr("The kiosk cannot write to its data directory (%1): %2")
                 .arg(pending.fileName(), pending.errorString()));
        return;
    }
    m_step = Step::Enrolling;
    m_backendUrl = request.backendUrl;
    m_message.clear();
    Q_EMIT changed();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    auto result = std::make_shared<CertificateEnrolment::Result>();
    KeyStore *keys = m_keys.get();
    m_worker
        = QThread::create([request, keys, result] { *result = CertificateEnrolment::enrol(request, *keys); });
    connect(m_worker, &QThread::finished, this, [this, result] { enrolled(*result); });
    m_worker->start();
}

void FirstBootProvisioning::enrolled(const CertificateEnrolment::Result &result)
{
    if (!result.record) {
        m_step = Step::Scan;
        QFile::remove(EnrolmentRecord::firstBootPendingFile(m_setup.dataDir)); // nothing to resume
        fail(tr("Enrolment failed: %1").arg(result.error));
        return;
    }
    qCInfo(lcProvisioning).noquote() << "enrolled as" << result.record->kioskId << "for store"
                                     << result.record->store.storeId;
    m_kioskId = result.record->kioskId;
    m_storeName = result.record->store.storeName;
    m_step = Step::Hardware;
    Q_EMIT changed();
}

void FirstBootProvisioning::confirmHardware()
{
    if (m_step != Step::Hardware)
        return;
    if (m_setup.hardware && !m_setup.hardware->confirm()) // its message names the missing device
        return;
    if (m_setup.hardware && m_setup.runsChosenProfile && m_setup.hardware->selected() != m_setup.profile) {
        qCInfo(lcProvisioning).noquote()
            << "restarting with the hardware chosen," << m_setup.hardware->selected();
        m_message = tr("Starting again with %1 to test its devices…").arg(m_setup.hardware->selected());
        Q_EMIT changed();
        Q_EMIT restartRequested();
        return;
    }
    if (m_selfTest) {
        m_step = Step::SelfTest;
        Q_EMIT changed();
        m_selfTest->start(m_kioskId);
        return;
    }
    handOver();
}

void FirstBootProvisioning::setSelfTest(FirstBootSelfTest *selfTest)
{
    m_selfTest = selfTest;
    connect(selfTest, &FirstBootSelfTest::handOver, this, [this] {
        if (m_step == Step::SelfTest)
            handOver();
    });
    if (m_step == Step::SelfTest) // resumed with the hardware chosen: test it once the screen is up
        QMetaObject::invokeMethod(
            this, [this] { m_selfTest->start(m_kioskId); }, Qt::QueuedConnection);
}

void FirstBootProvisioning::handOver()
{
    const QString pending = EnrolmentRecord::firstBootPendingFile(m_setup.dataDir);
    if (QFile::exists(pending) && !QFile::remove(pending)) {
        fail(tr("First boot cannot finish: %1 cannot be removed. Check the data directory's permissions.")
                 .arg(pending));
        return;
    }
    m_step = Step::Done;
    Q_EMIT changed();
    Q_EMIT finished();
}

void FirstBootProvisioning::fail(const QString &message)
{
    qCWarning(lcProvisioning).noquote() << message;
    m_message = message;
    Q_EMIT changed();
}

} // namespace kiosk
