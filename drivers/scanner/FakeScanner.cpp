#include "FakeScanner.h"

#include <QStringList>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::scanner {

void FakeScanner::scan(const QString &text)
{
    if (m_connected)
        Q_EMIT scanned(text, Source::Fake);
}

void FakeScanner::testCodeWanted(const QString &code)
{
    const QString answer = m_testAnswers.isEmpty() ? code : m_testAnswers.takeFirst();
    if (!answer.isEmpty())
        QTimer::singleShot(100, this, [this, answer] { scan(answer); });
}

void FakeScanner::unplug()
{
    if (!m_connected)
        return;
    m_connected = false;
    setFault(u"scanner unplugged"_s);
    Q_EMIT connectedChanged(false);
}

void FakeScanner::plug()
{
    if (m_connected)
        return;
    m_connected = true;
    setFault({});
    Q_EMIT connectedChanged(true);
}

void FakeScanner::garbage()
{
    setFault(u"scanner sends garbage (no line end)"_s);
}

void FakeScanner::partial(const QString &text)
{
    setFault(u"partial read of %1 characters dropped"_s.arg(text.size()));
}

bool FakeScanner::play(const QString &script)
{
    QList<std::pair<QString, QString>> steps;
    for (const QString &step : script.split(u';', Qt::SkipEmptyParts)) {
        const QString trimmed = step.trimmed();
        const QString command = trimmed.section(u' ', 0, 0);
        const QString argument = trimmed.section(u' ', 1);
        if (!QStringList { u"scan"_s, u"unplug"_s, u"plug"_s, u"garbage"_s, u"partial"_s }.contains(command))
            return false;
        steps.append({ command, argument });
    }
    for (const auto &[command, argument] : steps) {
        if (command == u"scan")
            scan(argument);
        else if (command == u"unplug")
            unplug();
        else if (command == u"plug")
            plug();
        else if (command == u"garbage")
            garbage();
        else
            partial(argument);
    }
    return true;
}

} // namespace kiosk::scanner
