// kiosk-bench-guessing: what guessing a colleague's PIN or an order's second factor costs with the
// kiosk's settings (docs/security.md). Offline: the kiosk's own PBKDF2 (PinHash) at the configured rounds,
// timed per guess, times every PIN of the configured length; the kiosk's own verifier check
// (OrderVerifier) over all 100,000 ZIP codes, once with the old SHA-256 form, once sealed with the
// right key (someone with the whole data dir) and once with any other key (someone with cache.db alone).
// Online: the real StaffSignIn over a real journal.db on a manual clock, an attacker typing wrong PINs as
// fast as it lets them (no time per guess), one badge or many; and OrderGuessLimit for one order.
#include "BenchSupport.h"
#include "Clock.h"
#include "StaffSignIn.h"
#include "cache/OrderVerifier.h"
#include "config/StaffSettings.h"
#include "crypto/PinHash.h"
#include "crypto/VerifierKey.h"
#include "domain/Order.h"
#include "journal/Journal.h"
#include "journal/OrderGuessLimit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <openssl/rand.h>

#include <cmath>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using kiosk::bench::percentile;

namespace {

/// CPU seconds of the calling thread: what a loaded machine does not inflate.
double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/// Median wall and CPU seconds of one PIN hash at @p iterations rounds over @p samples hashes.
std::pair<double, double> pinHashSeconds(int iterations, int samples)
{
    std::vector<double> wall, cpu;
    const QByteArray salt = QByteArray(16, 's');
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        const QByteArray hash
            = crypto::PinHash::derive(u"%1"_s.arg(i, 6, 10, QLatin1Char('0')), salt, iterations);
        cpu.push_back(threadCpuSeconds() - cpuStart);
        wall.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (hash.size() != crypto::PinHash::HashSize)
            qFatal("PBKDF2 failed");
    }
    return { percentile(wall, 0.5), percentile(cpu, 0.5) };
}

QByteArray randomKey()
{
    QByteArray key(VerifierKey::Size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        qFatal("RAND_bytes failed");
    return key;
}

/// All 100,000 five-digit ZIP codes through @p matches: the CPU seconds it took and what matched.
template<typename Matches> std::pair<double, QStringList> everyZip(Matches matches)
{
    QStringList found;
    const double start = threadCpuSeconds();
    for (int zip = 0; zip < 100000; ++zip) {
        const QString candidate = u"%1"_s.arg(zip, 5, 10, QLatin1Char('0'));
        if (matches(candidate))
            found.append(candidate);
    }
    return { threadCpuSeconds() - start, found };
}

/// PIN comparisons the kiosk makes for an attacker typing wrong PINs under @p badges colleagues' badges
/// (taken in turn), within the first hour and the first 24 hours. The clock only moves while the keypad
/// is locked, so these are upper bounds.
struct OnlineGuesses
{
    int firstHour = 0;
    int firstDay = 0;
    int mostOnOneColleague = 0; ///< in 24 hours
};
std::optional<OnlineGuesses> onlinePinGuesses(const StaffSettings &kioskSettings, int badges, QString *error)
{
    QTemporaryDir dir;
    Journal journal;
    if (!dir.isValid() || !journal.open(dir.filePath(u"journal.db"_s))) {
        *error = u"cannot open a journal.db: "_s + journal.lastError();
        return std::nullopt;
    }
    StaffSettings settings = kioskSettings;
    // The lockouts do not depend on the rounds; fewer make the run short (the cost per guess is above).
    settings.pinIterations = 1000;
    const QByteArray salt = QByteArray(16, 's');
    for (int i = 0; i < badges; ++i)
        settings.members.push_back(
            { u"S%1"_s.arg(i), salt, crypto::PinHash::derive(u"987654"_s, salt, settings.pinIterations) });
    const QDateTime start(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
    ManualClock clock(start);
    StaffSignIn signIn(journal, clock, settings, u"KIOSK-1"_s);
    QEventLoop checked;
    QObject::connect(&signIn, &StaffSignIn::pinChecked, &checked, &QEventLoop::quit);
    OnlineGuesses guesses;
    std::vector<int> perColleague(size_t(badges), 0);
    int pin = 0;
    for (int badge = 0; start.secsTo(clock.now()) < 86400;) {
        signIn.cancel();
        if (!signIn.submitBadge(settings.members[size_t(badge % badges)].id) || signIn.locked()
            || !signIn.submitPin(u"%1"_s.arg(pin, 6, 10, QLatin1Char('0')))) {
            // Locked (this colleague or the kiosk): the next badge, and 10 s on when all are locked.
            if (++badge % badges == 0)
                clock.advance(10000);
            continue;
        }
        checked.exec();
        if (signIn.signedIn()) {
            *error = u"a wrong PIN signed in"_s;
            return std::nullopt;
        }
        ++pin;
        ++guesses.firstDay;
        const int onThisOne = ++perColleague[size_t(badge % badges)];
        guesses.mostOnOneColleague = std::max(guesses.mostOnOneColleague, onThisOne);
        if (start.secsTo(clock.now()) < 3600)
            ++guesses.firstHour;
    }
    return guesses;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"What guessing a colleague's PIN or an order's ZIP code costs with the kiosk's settings."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"pin-samples"_s, u"PIN hashes timed at the configured rounds."_s, u"n"_s, u"7"_s },
    });
    parser.process(app);
    QLoggingCategory::setFilterRules(u"kiosk.*=false"_s); // the sign-in's log of every wrong PIN
    const int samples = std::max(1, parser.value(u"pin-samples"_s).toInt());
    const StaffSettings defaults;

    // Offline PIN guessing: someone with kiosk.json's hashes, one core.
    const auto [wall, cpu] = pinHashSeconds(defaults.pinIterations, samples);
    const auto [oldWall, oldCpu] = pinHashSeconds(100000, samples);
    const double pins = std::pow(10.0, defaults.pinDigits);
    out << "PIN, offline (PBKDF2-HMAC-SHA256, PinHash::derive, one core, median of " << samples << "):\n"
        << u"  now:    %1 rounds: %2 s per guess (%3 s CPU); all %4 %5-digit PINs: %6 core-hours per colleague\n"_s
               .arg(defaults.pinIterations)
               .arg(wall, 0, 'f', 3)
               .arg(cpu, 0, 'f', 3)
               .arg(u"10^%1"_s.arg(defaults.pinDigits))
               .arg(defaults.pinDigits)
               .arg(cpu * pins / 3600, 0, 'f', 0)
        << u"  before: 100000 rounds: %1 s per guess (%2 s CPU); all 10^4 4-digit PINs: %3 core-minutes\n"_s
               .arg(oldWall, 0, 'f', 3)
               .arg(oldCpu, 0, 'f', 3)
               .arg(oldCpu * 1e4 / 60, 0, 'f', 1);

    // Online PIN guessing at the kiosk (StaffSignIn's lockouts in journal.db).
    out << u"PIN, online (StaffSignIn: %1 wrong PINs per colleague, %2 per kiosk, first lockout %3 s, "
           "doubling to %4 s):\n"_s.arg(defaults.maxPinAttempts)
               .arg(defaults.maxPinAttempts * 3)
               .arg(defaults.lockoutSeconds)
               .arg(StaffSettings::MaxLockoutSeconds);
    for (const int badges : { 1, 10 }) {
        QString error;
        const auto guesses = onlinePinGuesses(defaults, badges, &error);
        if (!guesses) {
            out << "  " << error << "\n";
            return 1;
        }
        out << u"  %1 badge(s): %2 PINs compared in the first hour, %3 in 24 h, at most %4 on one colleague "
               "(a %5 chance of their PIN)\n"_s.arg(badges)
                   .arg(guesses->firstHour)
                   .arg(guesses->firstDay)
                   .arg(guesses->mostOnOneColleague)
                   .arg(guesses->mostOnOneColleague / pins, 0, 'g', 2);
    }

    // Offline verifier guessing: one order, all ZIP codes.
    Order order;
    order.verifierSalt = QByteArray::fromHex("a1b2c3d4");
    const QByteArray digest = OrderVerifier::hash(order.verifierSalt, u"60614"_s);
    const QByteArray key = randomKey();
    order.verifierHash = VerifierKey::seal(key, digest);
    const auto [shaSeconds, shaFound] = everyZip(
        [&](const QString &zip) { return OrderVerifier::hash(order.verifierSalt, zip) == digest; });
    const auto [keySeconds, keyFound]
        = everyZip([&](const QString &zip) { return OrderVerifier::matches(order, zip, key); });
    const QByteArray otherKey = randomKey();
    const auto [noKeySeconds, noKeyFound] = everyZip([&](const QString &zip) {
        return OrderVerifier::matches(order, zip, otherKey)
            || OrderVerifier::hash(order.verifierSalt, zip) == order.verifierHash;
    });
    out << "ZIP code, offline (one order, all 100,000 ZIP codes, one core):\n"
        << u"  before, SHA-256(salt || ZIP) in cache.db:      %1 s CPU, found %2\n"_s
               .arg(shaSeconds, 0, 'f', 3)
               .arg(shaFound.join(u","_s))
        << u"  sealed, with verifier.key (whole data dir):     %1 s CPU, found %2\n"_s
               .arg(keySeconds, 0, 'f', 3)
               .arg(keyFound.join(u","_s))
        << u"  sealed, cache.db alone (any other key / SHA):   %1 s CPU, found %2 (key space 2^256)\n"_s
               .arg(noKeySeconds, 0, 'f', 3)
               .arg(noKeyFound.isEmpty() ? u"none"_s : noKeyFound.join(u","_s));

    // Online verifier guessing: one order (OrderGuessLimit, the rule journal.db's counts follow).
    OrderAttempts attempts;
    QDateTime now(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
    const QDateTime first = now;
    int tries = 0;
    for (;;) {
        const auto state = OrderGuessLimit::stateAt(attempts, now);
        if (state == OrderGuessLimit::State::Locked)
            break;
        if (state == OrderGuessLimit::State::Waiting) {
            now = attempts.waitUntil;
            continue;
        }
        attempts = OrderGuessLimit::afterWrongTry(attempts, now);
        ++tries;
    }
    out << u"Second factor, online (OrderGuessLimit, per order in journal.db): %1 wrong tries, then only a "
           "colleague opens the order; using them all takes %2 s of waiting; chance: %3 for a 5-digit ZIP, "
           "%4 for a card's last 4 digits\n"_s.arg(tries)
               .arg(first.secsTo(now))
               .arg(tries / 1e5, 0, 'g', 2)
               .arg(tries / 1e4, 0, 'g', 2);
    const bool ok = shaFound == QStringList { u"60614"_s } && keyFound == QStringList { u"60614"_s }
        && noKeyFound.isEmpty();
    return ok ? 0 : 1;
}
