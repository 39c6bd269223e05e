#pragma once

#include <QByteArray>

#include <optional>

namespace kiosk::drivers {

/// One line of the common scale output protocol (A&D, Kern and most indicator boards):
/// `ST,+0001234 g`, `US,-000.012kg`, `OL,+9999999 g`. ST is stable, US unstable, OL overload.
/// Pure parsing of untrusted bytes: anything else, a line over 32 bytes or a weight beyond an int of
/// grams, is rejected.
struct ScaleLine
{
    enum class Status { Stable, Unstable, Overload };

    Status status = Status::Unstable;
    int grams = 0;

    static std::optional<ScaleLine> parse(const QByteArray &line);
};

} // namespace kiosk::drivers
