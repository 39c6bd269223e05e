#pragma once

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
