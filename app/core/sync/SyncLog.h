#pragma once

#include <QLoggingCategory>

/// The sync module's logging category ("kiosk.sync").
Q_DECLARE_LOGGING_CATEGORY(lcSync)
