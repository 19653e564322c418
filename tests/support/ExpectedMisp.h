#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

/// What a MISP event for an OTX pulse must hold, worked out from the pulse's JSON and MISP's
/// own type table (describeTypes.json), without any otxdesk code: the oracle for export
/// tests. Rules, from the export issue and field cases F04, F07 and F08:
///
/// - OTX type to MISP type: IPv4, IPv6, CIDR → ip-dst; domain; hostname;
///   URL → url; URI → uri; email → email-src;
///   FileHash-MD5/SHA1/SHA256/IMPHASH/PEHASH → md5/sha1/sha256/imphash/pehash;
///   FilePath → filename; Mutex → mutex; CVE → vulnerability;
///   YARA → yara (the rule text from `content`); BitcoinAddress → btc;
///   JA3 → ja3-fingerprint-md5; SSLCertFingerprint → x509-fingerprint-sha1;
///   anything else is not sent.
/// - Category and to_ids: MISP's `sane_defaults` for the type, except filename, which goes to
///   "Artifacts dropped" (F07).
/// - Values: trimmed; hashes, e-mail addresses, domains and hostnames lower case, Unicode
///   names in punycode; IPv6 compressed; CVE ids upper case. One attribute per type + value.
/// - Each non-blank reference is a `link` when it is a URL (scheme://host…), else `text`; a
///   non-blank description is a `comment` (all External analysis, not for IDS).
namespace ExpectedMisp {

struct Attribute
{
    QString type;
    QString category;
    QString value;
    bool toIds = false;

    bool operator==(const Attribute &other) const = default;
};

/// The attributes, sorted by type then value.
QList<Attribute> attributes(const QJsonObject &pulse, const QJsonObject &describeTypes);
/// How many of the pulse's indicators are not sent (unknown type, YARA without text).
int skippedIndicators(const QJsonObject &pulse);
/// The same rules applied to one attribute list read back from MISP, sorted the same way.
QList<Attribute> fromEvent(const QJsonObject &event);

} // namespace ExpectedMisp
