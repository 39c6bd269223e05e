#pragma once

#include "DeviceSet.h"
#include "dropoff/GpioChuteLock.h"
#include "keys/NavigationKeys.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace kiosk::drivers {

/// A hardware profile (kiosk-config/hardware/<name>.json) read and checked before any device is opened:
/// the backend of each device and its settings. DeviceFactory opens the devices it names.
struct HardwareProfile
{
    struct Printer
    {
        QString type; ///< usb (or file), tcp, serial, sim
        QString device; ///< usb: the device node
        QString host; ///< tcp
        int tcpPort = 9100;
        QString serialPort;
        int baud = 38400;
    };
    struct Chute
    {
        QString id; ///< "chutes"[].id; "main" for the single "chute"
        QString type; ///< gpio, sim
        GpioChuteLock::Wiring wiring;
    };
    struct Scale
    {
        QString type; ///< serial, sim
        QString port;
        int baud = 9600;
    };
    struct Indicator
    {
        QString type; ///< gpio, sim
        QString chip = QStringLiteral("gpiochip0");
        unsigned greenLine = 5;
        unsigned redLine = 6;
    };
    struct Scanner
    {
        QString type; ///< evdev, serial, sim
        QString device; ///< evdev
        QString port; ///< serial
        int baud = 9600;
    };

    /// One device the profile expects to find (its "match" section): a kind of device found by
    /// detect/HardwareDetector, narrowed by USB ids and a name pattern. Required unless optional.
    struct MatchRule
    {
        QString kind; ///< serial, scanner, usb-printer, network-printer, camera, gpio
        QString label; ///< what the device is for, as messages name it ("receipt printer")
        /// USB ids it may have, each vvvv (any product of that vendor) or vvvv:pppp, lower-case hex; empty:
        /// any
        QStringList usb;
        QString name; ///< a wildcard pattern on the device's node, its file name or its name; empty: any
        bool optional = false;
    };
    static const QStringList MatchKinds;

    QString label; ///< "match"."label": the profile in words for the technician; may be empty
    std::vector<MatchRule> match; ///< empty: never proposed by detection, only picked by name
    Printer printer;
    std::vector<Chute> chutes; ///< "chute" (one) or "chutes" (several), at least one
    /// "bins", each under a chute ("chute", default the first); one MAIN bin of 40 items and 18 kg without
    std::vector<BinSpec> bins;
    Scale scale;
    Indicator indicator;
    /// "camera": a camera through Qt Multimedia that reads codes and shows the shopper the viewfinder.
    struct Camera
    {
        QString device; ///< Qt Multimedia's id of the camera (QCameraDevice::id); empty: the default camera
    };

    std::optional<Scanner> scanner; ///< optional: the camera reads codes too
    std::optional<Camera> camera; ///< optional
    /// "readerAt": where the code reader's window (scanner or camera) is, seen from the shopper:
    /// "below" the screen (the default), or to its "left" or "right". The identify screen draws it.
    QString readerAt = QStringLiteral("below");
    /// "keys": the keypad's keys for the read-aloud mode (next, previous, confirm, repeat); none: a
    /// keyboard's only.
    NavigationKeys keys;

    struct Result;
    static Result parse(const QJsonObject &json);
};

struct HardwareProfile::Result
{
    std::optional<HardwareProfile> profile;
    QString error; ///< the first problem, "printer: tcp needs \"host\" and a valid \"port\"",
                   ///< "match.devices[1].usb: \"04b8:xyz\" is not vvvv or vvvv:pppp in hex",
                   ///< "bins[2].chute: unknown chute \"sort\" (resell, recycle)"
};

} // namespace kiosk::drivers
