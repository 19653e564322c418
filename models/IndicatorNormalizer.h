#pragma once

#include <QString>
#include <QStringView>

/// The normalised value that identifies an indicator across pulses: trimmed; hashes, domains,
/// hostnames and e-mail addresses lower-cased; a trailing dot dropped from names; IPv6 in its
/// RFC 5952 compressed form; everything else as given.
namespace IndicatorNormalizer {

QString normalize(QStringView type, QStringView value);

/// RFC 5952 text of an IPv6 address, or a null QString when the text is not one.
QString compressIpv6(QStringView text);

} // namespace IndicatorNormalizer
