#pragma once

#include "BinTotes.h"
#include "DayAudit.h"
#include "FirstBootProvisioning.h"
#include "FirstBootSelfTest.h"
#include "HardwareSelection.h"
#include "KioskHealth.h"
#include "KioskService.h"
#include "MaintenanceSelfTest.h"
#include "OrderDesk.h"
#include "ReadAloud.h"
#include "ReturnSession.h"
#include "SelfTestRunner.h"
#include "SyncQueue.h"

#include <QQmlEngine>

/// The instance of @p T that the composition root (KioskApplication) created and owns, handed to QML as
/// a singleton: QML never constructs or deletes it. Each `...Foreign` below names one for QML.
template<typename T> struct QmlSingleton
{
    static T *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static inline T *s_instance = nullptr;
};

/// The `Session` singleton: the shopper's journey.
struct SessionForeign : QmlSingleton<kiosk::ReturnSession>
{
    Q_GADGET
    QML_FOREIGN(kiosk::ReturnSession)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
};

/// The `Health` singleton: the maintenance home's view of every part.
struct HealthForeign : QmlSingleton<kiosk::KioskHealth>
{
    Q_GADGET
    QML_FOREIGN(kiosk::KioskHealth)
    QML_NAMED_ELEMENT(Health)
    QML_SINGLETON
};

/// The `Totes` singleton: bins, empty, reprint.
struct TotesForeign : QmlSingleton<kiosk::BinTotes>
{
    Q_GADGET
    QML_FOREIGN(kiosk::BinTotes)
    QML_NAMED_ELEMENT(Totes)
    QML_SINGLETON
};

/// The `Service` singleton: closed or open, the service desk.
struct ServiceForeign : QmlSingleton<kiosk::KioskService>
{
    Q_GADGET
    QML_FOREIGN(kiosk::KioskService)
    QML_NAMED_ELEMENT(Service)
    QML_SINGLETON
};

/// The `SyncQueue` singleton: the maintenance sync page.
struct SyncQueueForeign : QmlSingleton<kiosk::SyncQueue>
{
    Q_GADGET
    QML_FOREIGN(kiosk::SyncQueue)
    QML_NAMED_ELEMENT(SyncQueue)
    QML_SINGLETON
};

/// The `DayAudit` singleton: the maintenance page of today's audit events.
struct DayAuditForeign : QmlSingleton<kiosk::DayAudit>
{
    Q_GADGET
    QML_FOREIGN(kiosk::DayAudit)
    QML_NAMED_ELEMENT(DayAudit)
    QML_SINGLETON
};

/// The `OrderDesk` singleton: a colleague's order look-up, overrides and assisted return.
struct OrderDeskForeign : QmlSingleton<kiosk::OrderDesk>
{
    Q_GADGET
    QML_FOREIGN(kiosk::OrderDesk)
    QML_NAMED_ELEMENT(OrderDesk)
    QML_SINGLETON
};

/// The `Provisioning` singleton: the first-boot screen.
struct ProvisioningForeign : QmlSingleton<kiosk::FirstBootProvisioning>
{
    Q_GADGET
    QML_FOREIGN(kiosk::FirstBootProvisioning)
    QML_NAMED_ELEMENT(Provisioning)
    QML_SINGLETON
};

/// The `SelfTestRun` singleton: the device self-tests' results, as they run.
struct SelfTestRunForeign : QmlSingleton<kiosk::SelfTestRunner>
{
    Q_GADGET
    QML_FOREIGN(kiosk::SelfTestRunner)
    QML_NAMED_ELEMENT(SelfTestRun)
    QML_SINGLETON
};

/// The `SelfTest` singleton: the maintenance home's self-test page.
struct SelfTestForeign : QmlSingleton<kiosk::MaintenanceSelfTest>
{
    Q_GADGET
    QML_FOREIGN(kiosk::MaintenanceSelfTest)
    QML_NAMED_ELEMENT(SelfTest)
    QML_SINGLETON
};

/// The `FirstBootSelfTest` singleton: first boot's self-test report and hand-over.
struct FirstBootSelfTestForeign : QmlSingleton<kiosk::FirstBootSelfTest>
{
    Q_GADGET
    QML_FOREIGN(kiosk::FirstBootSelfTest)
    QML_NAMED_ELEMENT(FirstBootSelfTest)
    QML_SINGLETON
};

/// The `Hardware` singleton: the first boot's hardware step (what was found, the profiles, the choice).
struct HardwareForeign : QmlSingleton<kiosk::HardwareSelection>
{
    Q_GADGET
    QML_FOREIGN(kiosk::HardwareSelection)
    QML_NAMED_ELEMENT(Hardware)
    QML_SINGLETON
};

/// The `ReadAloud` singleton: the read-aloud mode the accessibility footer turns on.
struct ReadAloudForeign : QmlSingleton<kiosk::ReadAloud>
{
    Q_GADGET
    QML_FOREIGN(kiosk::ReadAloud)
    QML_NAMED_ELEMENT(ReadAloud)
    QML_SINGLETON
};
