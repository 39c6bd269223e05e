#pragma once

#include "BinTotes.h"
#include "FirstBootProvisioning.h"
#include "KioskHealth.h"
#include "KioskService.h"
#include "ReturnSession.h"

#include <QQmlEngine>

/// Exposes the composition root's ReturnSession to QML as the `Session` singleton. The instance is
/// created and owned by KioskApplication; QML never constructs or deletes it.
struct SessionForeign
{
    Q_GADGET
    QML_FOREIGN(kiosk::ReturnSession)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
public:
    static kiosk::ReturnSession *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static inline kiosk::ReturnSession *s_instance = nullptr;
};

/// Exposes the composition root's KioskHealth to QML as the `Health` singleton (the maintenance home).
struct HealthForeign
{
    Q_GADGET
    QML_FOREIGN(kiosk::KioskHealth)
    QML_NAMED_ELEMENT(Health)
    QML_SINGLETON
public:
    static kiosk::KioskHealth *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static inline kiosk::KioskHealth *s_instance = nullptr;
};

/// Exposes the composition root's BinTotes to QML as the `Totes` singleton (bins, empty, reprint).
struct TotesForeign
{
    Q_GADGET
    QML_FOREIGN(kiosk::BinTotes)
    QML_NAMED_ELEMENT(Totes)
    QML_SINGLETON
public:
    static kiosk::BinTotes *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static inline kiosk::BinTotes *s_instance = nullptr;
};

/// Exposes the composition root's KioskService to QML as the `Service` singleton (closed, service desk).
struct ServiceForeign
{
    Q_GADGET
    QML_FOREIGN(kiosk::KioskService)
    QML_NAMED_ELEMENT(Service)
    QML_SINGLETON
public:
    static kiosk::KioskService *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static inline kiosk::KioskService *s_instance = nullptr;
};

/// Exposes the composition root's FirstBootProvisioning to QML as the `Provisioning` singleton.
struct ProvisioningForeign
{
    Q_GADGET
    QML_FOREIGN(kiosk::FirstBootProvisioning)
    QML_NAMED_ELEMENT(Provisioning)
    QML_SINGLETON
public:
    static kiosk::FirstBootProvisioning *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static inline kiosk::FirstBootProvisioning *s_instance = nullptr;
};
