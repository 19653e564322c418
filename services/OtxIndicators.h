#pragma once

#include "models/Enrichment.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// What OTX can tell about one indicator: which endpoint serves its type, which sections it
/// has, and the summary the tables show, drawn from the sections as received. Pure functions.
namespace OtxIndicators {

/// The indicator-details endpoint of one OTX type (otx-api.md §2.2).
struct Endpoint
{
    QString slug;          ///< in the URL: IPv4, IPv6, domain, hostname, url, file, cve
    QStringList sections;  ///< every section OTX serves for the type
    QStringList preferred; ///< the sections fetched by default: what the summary needs
};

/// The endpoint for an OTX indicator type; nullopt for types OTX cannot enrich (email, URI,
/// CIDR, FilePath, Mutex, imphash, pehash, YARA, JA3, osquery, ...). An IPv4-typed value that
/// is an IPv6 address goes to the IPv6 endpoint.
std::optional<Endpoint> endpointFor(const QString &otxType, const QString &value);

/// The OTX type of a pasted value: IPv4, IPv6, URL, FileHash-MD5/-SHA1/-SHA256 (by length),
/// CVE, email, domain (two labels) or hostname (more); empty when it is none of these.
QString guessType(const QString &value);

/// The OTX type name as OTX spells it ("ipv4" → "IPv4", "filehash-sha256" →
/// "FileHash-SHA256"); empty when it is no OTX type.
QString canonicalType(const QString &name);

/// `/api/v1/indicators/<slug>/<value>/<section>` with the value percent-encoded (a URL's
/// slashes and `?` included), so that it stays one path segment.
QString path(const Endpoint &endpoint, const QString &value, const QString &section);

/// What the tables show for an indicator (a models type, named here for short).
using Summary = IndicatorSummary;

/// The summary of the sections received (section name → JSON object); sections that are
/// missing or empty add nothing. Lists are de-duplicated case-insensitively, in order of
/// first appearance.
Summary summarise(const QHash<QString, QJsonObject> &sections);

} // namespace OtxIndicators
