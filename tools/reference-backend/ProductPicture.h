#pragma once

#include <QByteArray>
#include <QString>

/// The reference backend's product pictures (GET /v1/images/{name}.png): a small PNG made from the
/// name, the same on every run (its colour from the name's SHA-256, a folded-garment shape on it), so
/// the demo and the tests have a picture for every line without shipping any.
namespace ProductPicture {

/// A 96x96 RGB PNG for @p name.
QByteArray png(const QString &name);

} // namespace ProductPicture
