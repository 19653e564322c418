#include "tests/support/FakeMispServer.h"

#include "tests/support/Fixtures.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QDebug>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

struct FakeMispServer::Reply
{
    int status = 200;
    QByteArray contentType = "application/json; charset=UTF-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

struct FakeMispServer::Call
{
    QString method;       // upper case: GET, POST, …
    QString path;         // as requested
    QStringList segments; // the path's parts, without a `.json` extension or named parameters
    QJsonValue data;      // the parsed JSON body; Undefined when there is none
    bool invalidJson = false;
};

struct FakeMispServer::AttributeCheck
{
    Attribute attribute;
    QJsonObject errors; // field -> [messages], as MISP's validation reports them
};

namespace {

const QByteArray HTML_TYPE = "text/html; charset=UTF-8";

const QString ORG_NAME = u"LocalTestOrg"_s;
const QString ORG_UUID = u"6ce8f046-5446-43f0-a519-c4d90d091a9d"_s; // as recorded
const QString CREATOR_EMAIL = u"admin@admin.test"_s;

const QString AUTH_FAILED =
        u"Authentication failed. Please make sure you pass the API key of an API enabled user "
        "along in the Authorization header."_s;
const QString NO_PERMISSION = u"You do not have permission to use this functionality."_s;
const QString POST_ONLY = u"This method is only accessible via POST requests."_s;
const QString INVALID_JSON =
        u"Invalid JSON input. Make sure that the JSON input is a correctly formatted JSON "
        "string. This request has been blocked to avoid an unfiltered request."_s;
const QString NO_EVENT_DATA = u"No valid event data received."_s;
const QString INVALID_EVENT = u"Invalid event"_s;
const QString INTERNAL_ERROR = u"An Internal Error Has Occurred."_s;
const QString ALREADY_EXISTS =
        u"Event already exists, if you would like to edit it, use the url in the location "
        "header."_s;
const QString SIMILAR_ATTRIBUTE = u"A similar attribute already exists for this event."_s;
const QString UUID_NOT_UNIQUE = u"The UUID provided is not unique"_s;
const QString UUID_INVALID = u"Please provide a valid RFC 4122 UUID"_s;
const QString GENERIC_VALUE_ERROR =
        u"Value not in the right type/format. Please double check the value or select type "
        "\"other\"."_s;
// MISP's category rule carries this fixed text, whatever the categories are.
const QString CATEGORY_OPTIONS =
        u"Options : Payload delivery, Antivirus detection, Payload installation, Files "
        "dropped ..."_s;

// A trimmed-down "Errors - MISP" page, as sent to a browser-mode request that fails auth.
const QByteArray HTML_403 =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n    <meta charset=\"utf-8\">\n"
        "    <title>Errors - MISP</title>\n</head>\n<body>\n<div id=\"main\">\n"
        "<h2>Authentication failed. Please make sure you pass the API key of an API enabled "
        "user along in the Authorization header.</h2>\n</div>\n</body>\n</html>\n";
const QByteArray NGINX_502 =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n";

QByteArray keyHash(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

bool isKeyShaped(const QByteArray &token)
{
    if (token.size() != 40) {
        return false;
    }
    return std::all_of(token.cbegin(), token.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Post:
        return "POST";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Patch:
        return "PATCH";
    case Method::Connect:
        return "CONNECT";
    case Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON scalar as PHP would read it into a string: numbers without a fraction as integers.
QString stringOf(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15) {
            return QString::number(qint64(d));
        }
        return QString::number(d, 'g', 17);
    }
    if (value.isBool()) {
        return value.toBool() ? u"1"_s : u"0"_s;
    }
    return {};
}

bool truthy(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool();
    }
    if (value.isDouble()) {
        return value.toDouble() != 0;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        return text == u"1"_s || text.compare(u"true"_s, Qt::CaseInsensitive) == 0;
    }
    return false;
}

std::optional<qint64> timestampOf(const QJsonValue &value)
{
    bool ok = false;
    const qint64 seconds = stringOf(value).toLongLong(&ok);
    if (!ok || seconds <= 0) {
        return std::nullopt;
    }
    return seconds;
}

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
}

bool isHex(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-fA-F]+$"_s);
    return hex.match(text).hasMatch();
}

// CakePHP's uuid rule: 8-4-4-4-12 hex digits, version 0-5 and the RFC 4122 variant.
bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
            u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-5][0-9a-fA-F]{3}-[089aAbB][0-9a-fA-F]{3}-"
            "[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

bool isValidDate(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The tag's colour: MISP picks a random one; a hash of the name keeps the fake repeatable.
QString colourFor(const QString &name)
{
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5);
    return u'#' + QString::fromLatin1(digest.left(3).toHex());
}

// --- Attribute normalisation and validation, from the behaviour MISP 2.5.1 shows ------------

const QSet<QString> &emailTypes()
{
    static const QSet<QString> types{u"email"_s,
                                     u"email-src"_s,
                                     u"email-dst"_s,
                                     u"target-email"_s,
                                     u"whois-registrant-email"_s};
    return types;
}

// Hex digests of a fixed length; pehash has a message of its own.
const QHash<QString, int> &hashLengths()
{
    static const QHash<QString, int> lengths{
            {u"md5"_s, 32},
            {u"imphash"_s, 32},
            {u"sha1"_s, 40},
            {u"pehash"_s, 40},
            {u"git-commit-id"_s, 40},
            {u"sha224"_s, 56},
            {u"sha256"_s, 64},
            {u"sha384"_s, 96},
            {u"sha512"_s, 128},
            {u"sha512/224"_s, 56},
            {u"sha512/256"_s, 64},
            {u"sha3-224"_s, 56},
            {u"sha3-256"_s, 64},
            {u"sha3-384"_s, 96},
            {u"sha3-512"_s, 128},
            {u"authentihash"_s, 64},
            {u"ja3-fingerprint-md5"_s, 32},
            {u"jarm-fingerprint"_s, 62},
            {u"hassh-md5"_s, 32},
            {u"hasshserver-md5"_s, 32},
            {u"x509-fingerprint-md5"_s, 32},
            {u"x509-fingerprint-sha1"_s, 40},
            {u"x509-fingerprint-sha256"_s, 64},
            {u"dom-hash"_s, 32},
    };
    return lengths;
}

bool lowerCased(const QString &type)
{
    static const QSet<QString> others{u"hostname"_s,
                                      u"vhash"_s,
                                      u"telfhash"_s,
                                      u"tlsh"_s,
                                      u"cdhash"_s,
                                      u"anonymised"_s};
    return (hashLengths().contains(type) && type != u"git-commit-id"_s) || others.contains(type)
           || emailTypes().contains(type);
}

// Types whose values must not span lines; MISP checks nothing else about them.
bool singleLine(const QString &type)
{
    static const QSet<QString> types{
            u"url"_s,
            u"uri"_s,
            u"user-agent"_s,
            u"regkey"_s,
            u"regkey|value"_s,
            u"filename"_s,
            u"pdb"_s,
            u"named pipe"_s,
            u"email-subject"_s,
            u"target-user"_s,
            u"target-machine"_s,
            u"target-org"_s,
            u"target-location"_s,
            u"target-external"_s,
            u"campaign-name"_s,
            u"campaign-id"_s,
            u"threat-actor"_s,
            u"malware-type"_s,
            u"email-reply-to"_s,
            u"email-x-mailer"_s,
            u"email-message-id"_s,
            u"github-username"_s,
            u"github-repository"_s,
            u"favicon-mmh3"_s,
            u"chrome-extension-id"_s,
            u"mobile-application-id"_s,
            u"windows-scheduled-task"_s,
            u"whois-registrant-name"_s,
            u"whois-registrar"_s,
    };
    return types.contains(type);
}

// Defanged spellings MISP turns back before validating: `hxxp` at the start of a link or url,
// `[.]`, `[dot]`, `(dot)` in network values, `[@]`, `[at]` in e-mail addresses. Other types
// (yara, mutex, …) are stored as sent.
QString refang(const QString &type, QString value)
{
    static const QSet<QString> dotted{u"url"_s,
                                      u"link"_s,
                                      u"uri"_s,
                                      u"ip-src"_s,
                                      u"ip-dst"_s,
                                      u"domain"_s,
                                      u"hostname"_s,
                                      u"domain|ip"_s,
                                      u"ip-src|port"_s,
                                      u"ip-dst|port"_s,
                                      u"hostname|port"_s};
    static const QSet<QString> collapsed{u"ip-src"_s,
                                         u"ip-dst"_s,
                                         u"domain"_s,
                                         u"hostname"_s,
                                         u"domain|ip"_s};
    const bool email = emailTypes().contains(type);
    if (type == u"url"_s || type == u"link"_s) {
        if (value.startsWith(u"hxxp"_s, Qt::CaseInsensitive)) {
            value.replace(0, 4, u"http"_s);
        }
        value.replace(u"[:]"_s, u":"_s);
    }
    if (dotted.contains(type) || email) {
        value.replace(u"[.]"_s, u"."_s);
        value.replace(u"[dot]"_s, u"."_s, Qt::CaseInsensitive);
        value.replace(u"(dot)"_s, u"."_s, Qt::CaseInsensitive);
    }
    if (collapsed.contains(type)) {
        static const QRegularExpression dots(u"\\.{2,}"_s);
        value.replace(dots, u"."_s);
    }
    if (email) {
        value.replace(u"[@]"_s, u"@"_s);
        value.replace(u"[at]"_s, u"@"_s, Qt::CaseInsensitive);
    }
    return value;
}

bool isIpv4(const QString &text)
{
    // Four decimal octets, no leading zeros (`010` is refused, as PHP's filter does).
    static const QString octet = u"(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"_s;
    static const QRegularExpression v4(u"^%1(\\.%1){3}$"_s.arg(octet));
    return v4.match(text).hasMatch();
}

bool isIpv6(const QString &text)
{
    return text.contains(u':') && !text.contains(u'%')
           && QHostAddress(text).protocol() == QAbstractSocket::IPv6Protocol;
}

bool isIp(const QString &text)
{
    return isIpv4(text) || isIpv6(text);
}

QString compressedIpv6(const QString &text)
{
    if (text.contains(u':') && isIpv6(text)) {
        return QHostAddress(text).toString();
    }
    return text;
}

QString normaliseIp(const QString &value)
{
    const qsizetype slash = value.indexOf(u'/');
    if (slash > 0) {
        const QString ip = compressedIpv6(value.left(slash));
        const QString range = value.mid(slash + 1);
        // A host route is written without its prefix.
        if ((range == u"32"_s && value.contains(u'.'))
            || (range == u"128"_s && ip.contains(u':'))) {
            return ip;
        }
        return ip + u'/' + range;
    }
    return compressedIpv6(value);
}

bool isDomain(const QString &text)
{
    // Letters, digits, `.`, `-` and `_`, then a dot and a last label of at least two letters,
    // digits or hyphens: `localhost`, a trailing dot, spaces or a scheme do not pass.
    static const QRegularExpression domain(u"^[A-Za-z0-9._-]+\\.[A-Za-z0-9-]{2,}$"_s);
    return domain.match(text).hasMatch();
}

bool isPort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return isDigits(text) && ok && port >= 1 && port <= 65535;
}

bool isLink(const QString &text)
{
    // A scheme is required; web schemes need a host; no white space anywhere.
    static const QRegularExpression shape(u"^([A-Za-z][A-Za-z0-9+.-]*):(\\S+)$"_s);
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch()) {
        return false;
    }
    const QString scheme = m.captured(1).toLower();
    if (scheme == u"http"_s || scheme == u"https"_s || scheme == u"ftp"_s) {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && !url.host().isEmpty() && m.captured(2).startsWith(u"//"_s);
    }
    return true;
}

QString normaliseValue(const QString &type, const QString &raw)
{
    QString value = refang(type, raw.trimmed()).trimmed();
    if (lowerCased(type)) {
        value = value.toLower();
    }
    if (type == u"domain"_s) {
        value = value.toLower();
        while (value.startsWith(u'.')) {
            value.remove(0, 1);
        }
        while (value.endsWith(u'.')) {
            value.chop(1);
        }
        if (!isDomain(value)) {
            const QByteArray ace = QUrl::toAce(value);
            if (!ace.isEmpty()) {
                value = QString::fromLatin1(ace);
            }
        }
    } else if (type == u"ip-src"_s || type == u"ip-dst"_s) {
        value = normaliseIp(value);
    } else if (type == u"domain|ip"_s) {
        value = value.toLower();
        const qsizetype bar = value.indexOf(u'|');
        if (bar >= 0) {
            QString domain = value.left(bar);
            while (domain.endsWith(u'.')) {
                domain.chop(1);
            }
            if (!isDomain(domain)) {
                const QByteArray ace = QUrl::toAce(domain);
                if (!ace.isEmpty()) {
                    domain = QString::fromLatin1(ace);
                }
            }
            value = domain + u'|' + normaliseIp(value.mid(bar + 1));
        }
    } else if (type.startsWith(u"filename|"_s)) {
        const qsizetype bar = value.indexOf(u'|');
        if (bar >= 0) {
            value = value.left(bar) + value.mid(bar).toLower();
        }
    } else if (type == u"vulnerability"_s || type == u"weakness"_s) {
        value.replace(QChar(0x2013), u'-');
        value = value.toUpper();
    } else if (type.startsWith(u"x509-fingerprint-"_s)) {
        value.remove(u':');
        value = value.toLower();
    } else if (type == u"http-method"_s || type == u"hex"_s) {
        value = value.toUpper();
    } else if (type == u"AS"_s) {
        if (value.startsWith(u"AS"_s, Qt::CaseInsensitive)) {
            value.remove(0, 2);
        }
    } else if (type == u"hostname|port"_s) {
        value = value.toLower().replace(u':', u'|');
    } else if (type == u"ip-src|port"_s || type == u"ip-dst|port"_s) {
        if (!value.contains(u'|')) {
            static const QRegularExpression bracketed(u"^\\[([^\\]]+)\\]:(\\d+)$"_s);
            const QRegularExpressionMatch m = bracketed.match(value);
            if (m.hasMatch()) {
                value = m.captured(1) + u'|' + m.captured(2);
            } else if (value.count(u':') == 1) {
                value.replace(u':', u'|');
            }
        }
        const qsizetype bar = value.indexOf(u'|');
        if (bar >= 0) {
            value = normaliseIp(value.left(bar)) + value.mid(bar);
        }
    }
    return value;
}

QString checksumMessage(int length)
{
    return u"Checksum has an invalid length or format (expected: %1 hexadecimal characters). "
           "Please double check the value or select type \"other\"."_s.arg(length);
}

QString ipMessage(const QString &value)
{
    const qsizetype slash = value.indexOf(u'/');
    if (slash < 0) {
        return isIp(value) ? QString() : u"IP address has an invalid format."_s;
    }
    const QString ip = value.left(slash);
    const QString range = value.mid(slash + 1);
    if (!isDigits(range)) {
        return u"Invalid CIDR notation value found."_s;
    }
    if (isIpv4(ip)) {
        return range.toInt() > 32
                       ? u"Invalid CIDR notation value found, for IPv4 must be lower or equal 32."_s
                       : QString();
    }
    if (isIpv6(ip)) {
        return range.toInt() > 128 ? u"Invalid CIDR notation value found, for IPv6 must be lower "
                                     "or equal 128."_s
                                   : QString();
    }
    return u"IP address has an invalid format."_s;
}

// Empty when the (normalised, non-empty) value is valid for the type, else MISP's message.
QString valueMessage(const QString &type, const QString &value)
{
    static const QString pehashMessage =
            u"The input doesn't match the expected sha1 format (expected: 40 hexadecimal "
            "characters). Keep in mind that MISP currently only supports SHA1 for PEhashes, if "
            "you would like to get the support extended to other hash types, make sure to "
            "create a github ticket about it at https://github.com/MISP/MISP!"_s;
    const QHash<QString, int> &lengths = hashLengths();
    if (lengths.contains(type)) {
        const int length = lengths.value(type);
        if (value.size() == length && isHex(value)) {
            return {};
        }
        return type == u"pehash"_s ? pehashMessage : checksumMessage(length);
    }
    if (type.startsWith(u"filename|"_s) && lengths.contains(type.mid(9))) {
        const int length = lengths.value(type.mid(9));
        const qsizetype bar = value.indexOf(u'|');
        const QString hash = value.mid(bar + 1);
        if (bar > 0 && hash.size() == length && isHex(hash) && hash == hash.toLower()) {
            return {};
        }
        return u"Checksum has an invalid length or format (expected: filename|%1 hexadecimal "
               "characters). Please double check the value or select type \"other\"."_s.arg(length);
    }
    if (type == u"ssdeep"_s) {
        static const QRegularExpression ssdeep(u"^\\d+:[0-9a-zA-Z/+]*:[0-9a-zA-Z/+]*$"_s);
        return ssdeep.match(value).hasMatch()
                       ? QString()
                       : u"Invalid SSDeep hash. The format has to be blocksize:hash:hash"_s;
    }
    if (type == u"ip-src"_s || type == u"ip-dst"_s) {
        return ipMessage(value);
    }
    if (type == u"port"_s) {
        return isPort(value) ? QString()
                             : u"Port numbers have to be integers between 1 and 65535."_s;
    }
    if (type == u"ip-src|port"_s || type == u"ip-dst|port"_s) {
        const QStringList parts = value.split(u'|');
        if (!isIp(parts.value(0))) {
            return u"IP address has an invalid format."_s;
        }
        return isPort(parts.value(1)) ? QString()
                                      : u"Port numbers have to be integers between 1 and 65535."_s;
    }
    if (type == u"domain"_s || type == u"hostname"_s) {
        if (isDomain(value)) {
            return {};
        }
        return u"%1 has an invalid format. Please double check the value or select type "
               "\"other\"."_s.arg(type == u"domain"_s ? u"Domain"_s : u"Hostname"_s);
    }
    if (type == u"hostname|port"_s) {
        const QStringList parts = value.split(u'|');
        if (!isDomain(parts.value(0))) {
            return u"Hostname has an invalid format."_s;
        }
        return isPort(parts.value(1)) ? QString()
                                      : u"Port numbers have to be integers between 1 and 65535."_s;
    }
    if (type == u"domain|ip"_s) {
        const QStringList parts = value.split(u'|');
        if (!isDomain(parts.value(0))) {
            return u"Domain has an invalid format."_s;
        }
        return isIp(parts.value(1)) ? QString() : u"IP address has an invalid format."_s;
    }
    if (emailTypes().contains(type) || type == u"eppn"_s || type == u"dns-soa-email"_s
        || type == u"jabber-id"_s) {
        // Something, an `@`, something with a dot: partial addresses are allowed.
        static const QRegularExpression email(u"^.\\S*@.*\\..*$"_s);
        return email.match(value).hasMatch()
                       ? QString()
                       : u"Email address has an invalid format. Please double check the value or "
                         "select type \"other\"."_s;
    }
    if (type == u"vulnerability"_s) {
        static const QRegularExpression cve(u"^CVE-\\d{4}-\\d{4,}$"_s);
        return cve.match(value).hasMatch() ? QString()
                                           : u"Invalid format. Expected: CVE-xxxx-xxxx..."_s;
    }
    if (type == u"weakness"_s) {
        static const QRegularExpression cwe(u"^CWE-\\d+$"_s);
        return cwe.match(value).hasMatch() ? QString() : u"Invalid format. Expected: CWE-x..."_s;
    }
    if (type == u"link"_s) {
        return isLink(value) ? QString() : GENERIC_VALUE_ERROR;
    }
    if (type == u"hex"_s) {
        return isHex(value) ? QString() : GENERIC_VALUE_ERROR;
    }
    if (type == u"AS"_s) {
        return isDigits(value) && value.toULongLong() <= 4294967295ULL
                       ? QString()
                       : u"AS number have to be integer between 1 and 4294967295"_s;
    }
    if (type == u"counter"_s || type == u"size-in-bytes"_s) {
        return isDigits(value) ? QString()
                               : u"The value has to be a whole number greater or equal 0."_s;
    }
    if (singleLine(type) && value.contains(u'\n')) {
        return u"Value must not contain new line character."_s;
    }
    return {}; // yara, mutex, text, comment, … are not checked
}

QJsonObject org()
{
    return QJsonObject{{u"id"_s, u"1"_s},
                       {u"name"_s, ORG_NAME},
                       {u"uuid"_s, ORG_UUID},
                       {u"local"_s, true}};
}

// `{"Event": {…}}` or the bare event, also inside `{"request": …}` / `{"response": …}`.
QJsonObject unwrapEvent(const QJsonValue &data)
{
    QJsonObject object = data.toObject();
    for (const QString &wrapper : {u"response"_s, u"request"_s}) {
        if (object.value(wrapper).isObject()) {
            object = object.value(wrapper).toObject();
        }
    }
    if (object.value(u"Event"_s).isObject()) {
        return object.value(u"Event"_s).toObject();
    }
    return object;
}

QJsonArray listOf(const QJsonValue &value)
{
    if (value.isArray()) {
        return value.toArray();
    }
    if (value.isObject()) {
        return QJsonArray{value};
    }
    return {};
}

bool hasStringTag(const QJsonValue &tags)
{
    const QJsonArray list = listOf(tags);
    return std::any_of(list.cbegin(), list.cend(), [](const QJsonValue &tag) {
        return tag.isString();
    });
}

// --- Search filters, as MISP 2.5.1 reads them -----------------------------------------------

// PHP's empty(): what MISP's `!empty($filters[…])` checks treat as not given.
bool phpEmpty(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Double:
        return value.toDouble() == 0;
    case QJsonValue::String:
        return value.toString().isEmpty() || value.toString() == u"0"_s;
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    default:
        return true; // null, undefined
    }
}

// A value compared with a tinyint(1) column: CakePHP quotes it as `!empty(value)`, so "0" is
// false but "false" is true.
bool phpBool(const QJsonValue &value)
{
    return !phpEmpty(value);
}

// A value compared with an integer column, as MySQL converts it: its leading number, else 0.
qint64 sqlInteger(const QJsonValue &value)
{
    if (value.isBool()) {
        return value.toBool() ? 1 : 0;
    }
    if (value.isDouble()) {
        return qint64(value.toDouble());
    }
    static const QRegularExpression leading(u"^\\s*[-+]?\\d+"_s);
    const QRegularExpressionMatch match = leading.match(value.toString());
    return match.hasMatch() ? match.captured().trimmed().toLongLong() : 0;
}

// The items of a list filter: a list's items, an object's values, or the value itself.
QList<QJsonValue> itemsOf(const QJsonValue &value)
{
    QList<QJsonValue> items;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            items.append(item);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            items.append(it.value());
        }
    } else {
        items.append(value);
    }
    return items;
}

// A filter as AppModel::convert_filters reads it: one of `any` must match (when there are
// any), none of `none` may. `"a&&!b"`, `["a", "!b"]` and `{"OR": ["a"], "NOT": ["b"]}` are
// the same filter. `AND` groups are not reproduced.
struct FilterTerms
{
    QStringList any;
    QStringList none;
};

FilterTerms filterTerms(const QJsonValue &value)
{
    FilterTerms terms;
    const QJsonObject object = value.toObject();
    if (object.contains(u"OR"_s) || object.contains(u"NOT"_s) || object.contains(u"AND"_s)) {
        for (const auto &[group, list] :
             {std::pair{u"OR"_s, &terms.any}, std::pair{u"NOT"_s, &terms.none}}) {
            if (object.contains(group)) {
                for (const QJsonValue &item : itemsOf(object.value(group))) {
                    list->append(stringOf(item));
                }
            }
        }
        return terms;
    }
    if (value.isArray() || value.isObject()) {
        for (const QJsonValue &item : itemsOf(value)) {
            const QString text = stringOf(item);
            const bool isInteger =
                    item.isDouble() && std::floor(item.toDouble()) == item.toDouble();
            if (!phpEmpty(text) && !isInteger && text.startsWith(u'!')) {
                terms.none.append(text.mid(1));
            } else if (!item.isNull() && !item.isUndefined()) {
                terms.any.append(text);
            }
        }
        return terms;
    }
    for (const QString &part : stringOf(value).split(u"&&"_s)) {
        if (part.startsWith(u'!')) {
            terms.none.append(part.mid(1));
        } else if (!part.isEmpty()) {
            terms.any.append(part);
        }
    }
    return terms;
}

// One filter term against one column: a term that starts or ends with `%` is an SQL LIKE
// pattern (`%` any text, `_` one character, `\` quotes the next one), any other term must be
// equal. Case matters as the column's collation says (INSTALL/MYSQL.sql: `type`, `value1` and
// `value2` are utf8mb3_unicode_ci, `category` utf8mb3_bin).
class SqlTerm
{
public:
    SqlTerm(const QString &term, Qt::CaseSensitivity cs)
        : m_text(term)
        , m_cs(cs)
    {
        if (!term.startsWith(u'%') && !term.endsWith(u'%')) {
            return;
        }
        QString pattern;
        for (qsizetype i = 0; i < term.size(); ++i) {
            if (term[i] == u'\\' && i + 1 < term.size()) {
                pattern += QRegularExpression::escape(QString(term[++i]));
            } else if (term[i] == u'%') {
                pattern += u".*"_s;
            } else if (term[i] == u'_') {
                pattern += u'.';
            } else {
                pattern += QRegularExpression::escape(QString(term[i]));
            }
        }
        QRegularExpression::PatternOptions options = QRegularExpression::DotMatchesEverythingOption;
        if (cs == Qt::CaseInsensitive) {
            options |= QRegularExpression::CaseInsensitiveOption;
        }
        m_like = QRegularExpression(u"\\A(?:"_s + pattern + u")\\z"_s, options);
        m_isLike = true;
    }

    bool matches(const QString &text) const
    {
        return m_isLike ? m_like.match(text).hasMatch() : text.compare(m_text, m_cs) == 0;
    }

private:
    QString m_text;
    Qt::CaseSensitivity m_cs;
    QRegularExpression m_like;
    bool m_isLike = false;
};

// generic_add_filter over one or more columns: OR terms as `column IN (…)` / `LIKE`, any
// column; NOT terms as `column != …` / `NOT LIKE`, every column.
struct TermFilter
{
    bool active = false;
    QList<SqlTerm> any;
    QList<SqlTerm> none;

    bool accepts(const QStringList &columns) const
    {
        if (!active) {
            return true;
        }
        const auto matchesOne = [&columns](const SqlTerm &term) {
            return std::any_of(columns.cbegin(), columns.cend(), [&term](const QString &c) {
                return term.matches(c);
            });
        };
        if (!any.isEmpty() && std::none_of(any.cbegin(), any.cend(), matchesOne)) {
            return false;
        }
        return std::none_of(none.cbegin(), none.cend(), matchesOne);
    }
};

TermFilter termFilter(const FilterTerms &terms, Qt::CaseSensitivity cs = Qt::CaseInsensitive)
{
    TermFilter filter;
    filter.active = true;
    for (const QString &term : terms.any) {
        filter.any.append(SqlTerm(term, cs));
    }
    for (const QString &term : terms.none) {
        filter.none.append(SqlTerm(term, cs));
    }
    return filter;
}

// The values a boolean column may take under a filter, or all when there is no filter.
struct BoolFilter
{
    bool active = false;
    QSet<bool> allowed;

    bool accepts(bool value) const { return !active || allowed.contains(value); }
};

BoolFilter boolFilter(const QList<QJsonValue> &values)
{
    BoolFilter filter;
    filter.active = true;
    for (const QJsonValue &value : values) {
        filter.allowed.insert(phpBool(value));
    }
    return filter;
}

// resolveTimeDelta(): `"7d"`, `"12h"`, `"30m"`, `"45s"` back from `now`; a number is epoch
// seconds; an ISO date or date-time; anything else `now + 1`, which nothing can reach.
qint64 resolveTime(const QJsonValue &value, qint64 now)
{
    const QString text = stringOf(value).trimmed();
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok) {
        return qint64(seconds);
    }
    static const QHash<QChar, qint64> units{{u'd', 86400}, {u'h', 3600}, {u'm', 60}, {u's', 1}};
    if (!text.isEmpty() && units.contains(text.back().toLower())) {
        const double amount = text.chopped(1).toDouble(&ok);
        return ok ? now - qint64(amount * double(units.value(text.back().toLower()))) : now + 1;
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime) {
        time.setTimeZone(QTimeZone::utc()); // PHP reads it in the server's zone: UTC
    }
    return time.isValid() ? time.toSecsSinceEpoch() : now + 1;
}

// A time filter (setTimestampConditions): `>= from` unless `from` is 0; `[a, b]` also `<= b`.
struct TimeRange
{
    qint64 from = 0;
    std::optional<qint64> to;

    bool accepts(qint64 time) const { return (from == 0 || time >= from) && (!to || time <= *to); }
};

// Empty when MISP would throw: a list of other than two items.
std::optional<TimeRange> timeRange(const QJsonValue &value, qint64 now)
{
    TimeRange range;
    if (!value.isArray()) {
        range.from = resolveTime(value, now);
        return range;
    }
    const QJsonArray bounds = value.toArray();
    if (bounds.size() != 2) {
        return std::nullopt;
    }
    range.from = resolveTime(bounds[0], now);
    range.to = resolveTime(bounds[1], now);
    if (range.from > *range.to) {
        std::swap(range.from, *range.to);
    }
    return range;
}

// The Attribute scope's parameters in the order MISP maps the URL's ordered parameters to them
// (RestSearchComponent::$paramArray), as far as `page`.
const QStringList &orderedSearchParameters()
{
    static const QStringList names{
            u"returnFormat"_s,
            u"value"_s,
            u"value1"_s,
            u"value2"_s,
            u"type"_s,
            u"category"_s,
            u"org"_s,
            u"tags"_s,
            u"from"_s,
            u"to"_s,
            u"last"_s,
            u"eventid"_s,
            u"withAttachments"_s,
            u"uuid"_s,
            u"publish_timestamp"_s,
            u"published"_s,
            u"timestamp"_s,
            u"enforceWarninglist"_s,
            u"to_ids"_s,
            u"deleted"_s,
            u"includeEventUuid"_s,
            u"event_timestamp"_s,
            u"threat_level_id"_s,
            u"includeEventTags"_s,
            u"includeProposals"_s,
            u"limit"_s,
            u"page"_s,
    };
    return names;
}

// The filters of an attribute restSearch, as AppController::_harvestParameters collects them:
// the body (`{"request": …}` unwrapped), then the URL's ordered parameters, then its named ones
// (`type:md5`, `;` standing for `:`). Strings are trimmed and `a||b` becomes a list
// (IndexFilterComponent::__massageData).
QJsonObject searchFilters(const QJsonObject &body, const QString &path)
{
    QJsonObject filters = body;
    if (filters.contains(u"request"_s)) {
        filters = filters.value(u"request"_s).toObject();
    }
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (!parts.isEmpty() && parts.last().endsWith(u".json"_s)) {
        parts.last().chop(5);
    }
    QJsonObject named;
    qsizetype position = 0;
    for (qsizetype i = 2; i < parts.size(); ++i) {
        QString part = parts[i];
        const qsizetype colon = part.indexOf(u':');
        if (colon > 0) {
            named.insert(part.left(colon), part.mid(colon + 1).replace(u';', u':'));
            continue;
        }
        const QString name = orderedSearchParameters().value(position++);
        const QString lower = part.toLower();
        if (!name.isEmpty() && lower != u"null"_s && lower != u"0"_s && lower != u"false"_s) {
            filters.insert(name, part.replace(u';', u':'));
        }
    }
    for (auto it = named.constBegin(); it != named.constEnd(); ++it) {
        filters.insert(it.key(), it.value());
    }
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        if (it.value().isString()) {
            const QString text = it.value().toString().trimmed();
            it.value() = text.indexOf(u"||"_s) > 0
                                 ? QJsonValue(QJsonArray::fromStringList(text.split(u"||"_s)))
                                 : QJsonValue(text);
        }
    }

    static const QSet<QString> reproduced{
            u"returnFormat"_s,
            u"value"_s,
            u"type"_s,
            u"category"_s,
            u"to_ids"_s,
            u"deleted"_s,
            u"published"_s,
            u"eventid"_s,
            u"threat_level_id"_s,
            u"last"_s,
            u"timestamp"_s,
            u"attribute_timestamp"_s,
            u"event_timestamp"_s,
            u"publish_timestamp"_s,
            u"includeEventTags"_s,
            u"includeEventUuid"_s,
            u"limit"_s,
            u"page"_s,
    };
    QStringList ignored;
    for (const QString &name : filters.keys()) {
        if (!reproduced.contains(name)) {
            ignored.append(name);
        }
    }
    if (!ignored.isEmpty()) {
        qWarning().noquote() << "FakeMispServer: attribute restSearch ignores filters it does not "
                                "reproduce:"
                             << ignored.join(u", "_s);
    }
    return filters;
}

} // namespace

// The filters of one attribute restSearch, as MISP 2.5.1 reads them.
struct FakeMispServer::AttributeSearch
{
    enum class Clock
    {
        EventPublished, // Event.publish_timestamp: `last`, `publish_timestamp`
        EventChanged,   // Event.timestamp: `event_timestamp`
        Attribute,      // Attribute.timestamp: `timestamp`, `attribute_timestamp`
    };

    TermFilter type;
    TermFilter category;
    TermFilter value; // over value1 and value2
    FilterTerms eventIds;
    bool byEventId = false;
    std::optional<QSet<qint64>> threatLevels;
    BoolFilter published;
    BoolFilter toIds;
    BoolFilter deleted;
    QList<std::pair<Clock, TimeRange>> times;
    bool withEventTags = false;
    bool withEventUuid = false;
    qint64 limit = 0; // 0: everything
    qint64 page = 1;

    // Empty when MISP would fail with a 500 (a time filter that is a list of other than two).
    static std::optional<AttributeSearch> read(const QJsonObject &filters, qint64 now)
    {
        // buildFilterConditions skips every filter whose value is JSON false.
        const auto given = [&filters](const QString &name) {
            const QJsonValue value = filters.value(name);
            return !value.isUndefined() && !value.isNull() && value != QJsonValue(false);
        };
        const auto givenNonEmpty = [&](const QString &name) {
            return given(name) && !phpEmpty(filters.value(name));
        };
        AttributeSearch search;
        if (givenNonEmpty(u"type"_s)) {
            FilterTerms terms = filterTerms(filters.value(u"type"_s));
            for (QStringList *list : {&terms.any, &terms.none}) {
                // set_filter_type: the e-mail address types also find the older `email` type.
                if ((list->contains(u"email-src"_s) || list->contains(u"email-dst"_s))
                    && !list->contains(u"email"_s)) {
                    list->append(u"email"_s);
                }
            }
            search.type = termFilter(terms);
        }
        if (givenNonEmpty(u"category"_s)) {
            search.category =
                    termFilter(filterTerms(filters.value(u"category"_s)), Qt::CaseSensitive);
        }
        if (givenNonEmpty(u"value"_s)) {
            FilterTerms terms = filterTerms(filters.value(u"value"_s));
            for (QString &term : terms.any) {
                term = compressedIpv6(term);
            }
            // set_filter_value takes the first character off NOT terms, which convert_filters
            // has already stripped of their `!`, and puts a `!` back: they can never match.
            for (QString &term : terms.none) {
                term = u'!' + compressedIpv6(term.mid(1));
            }
            search.value = termFilter(terms);
        }
        if (givenNonEmpty(u"eventid"_s) && filters.value(u"eventid"_s) != QJsonValue(u"all"_s)) {
            search.eventIds = filterTerms(filters.value(u"eventid"_s));
            search.byEventId = true;
        }
        if (given(u"threat_level_id"_s)) {
            QSet<qint64> levels;
            for (const QJsonValue &level : itemsOf(filters.value(u"threat_level_id"_s))) {
                levels.insert(sqlInteger(level));
            }
            search.threatLevels = levels;
        }
        const QJsonValue published = filters.value(u"published"_s);
        if (given(u"published"_s) && published != QJsonValue(QJsonArray{true, false})) {
            search.published = boolFilter(itemsOf(published));
        }
        const QJsonValue toIds = filters.value(u"to_ids"_s);
        if (given(u"to_ids"_s)) {
            search.toIds = boolFilter(toIds == QJsonValue(u"exclude"_s) ? QList<QJsonValue>{0}
                                                                        : itemsOf(toIds));
        }
        search.deleted = deletedFilter(filters.value(u"deleted"_s), given(u"deleted"_s));

        for (const auto &[name, clock] : {std::pair{u"last"_s, Clock::EventPublished},
                                          std::pair{u"publish_timestamp"_s, Clock::EventPublished},
                                          std::pair{u"event_timestamp"_s, Clock::EventChanged},
                                          std::pair{u"timestamp"_s, Clock::Attribute},
                                          std::pair{u"attribute_timestamp"_s, Clock::Attribute}}) {
            if (!given(name)) {
                continue;
            }
            const std::optional<TimeRange> range = timeRange(filters.value(name), now);
            if (!range) {
                return std::nullopt;
            }
            search.times.append({clock, *range});
        }
        search.withEventTags = !phpEmpty(filters.value(u"includeEventTags"_s));
        search.withEventUuid = !phpEmpty(filters.value(u"includeEventUuid"_s));
        if (filters.contains(u"limit"_s)) {
            search.limit = std::max<qint64>(0, sqlInteger(filters.value(u"limit"_s)));
            search.page = std::max<qint64>(1, sqlInteger(filters.value(u"page"_s)));
        }
        return search;
    }

    // set_filter_deleted compares Attribute.deleted with the filter (when `given`);
    // fetchAttributes adds `deleted = 0` unless the filter is non-empty, `deleted = 1` for
    // "only".
    static BoolFilter deletedFilter(const QJsonValue &deleted, bool given)
    {
        BoolFilter filter;
        filter.active = true;
        filter.allowed = {false, true};
        if (given) {
            const FilterTerms terms = filterTerms(deleted);
            for (const bool state : {false, true}) {
                const auto is = [state](const QString &term) {
                    return phpBool(term) == state;
                };
                const bool wanted = terms.any.isEmpty()
                                    || std::any_of(terms.any.cbegin(), terms.any.cend(), is);
                if (!wanted || std::any_of(terms.none.cbegin(), terms.none.cend(), is)) {
                    filter.allowed.remove(state);
                }
            }
        }
        if (phpEmpty(deleted)) {
            filter.allowed.remove(true);
        } else if (deleted == QJsonValue(u"only"_s)) {
            filter.allowed.remove(false);
        }
        return filter;
    }

    bool accepts(const Event &event) const
    {
        if (byEventId && !acceptsEventId(event)) {
            return false;
        }
        if (threatLevels && !threatLevels->contains(event.threatLevelId.toLongLong())) {
            return false;
        }
        if (!published.accepts(event.published)) {
            return false;
        }
        return std::all_of(times.cbegin(), times.cend(), [&event](const auto &time) {
            const auto &[clock, range] = time;
            switch (clock) {
            case Clock::EventPublished:
                return range.accepts(event.publishTimestamp);
            case Clock::EventChanged:
                return range.accepts(event.timestamp);
            case Clock::Attribute:
                return true;
            }
            return true;
        });
    }

    bool accepts(const Attribute &attribute) const
    {
        if (!deleted.accepts(attribute.deleted) || !toIds.accepts(attribute.toIds)) {
            return false;
        }
        if (!type.accepts({attribute.type}) || !category.accepts({attribute.category})) {
            return false;
        }
        if (value.active) {
            const qsizetype bar =
                    attribute.type.contains(u'|') ? attribute.value.indexOf(u'|') : -1;
            const QString value1 = bar < 0 ? attribute.value : attribute.value.left(bar);
            const QString value2 = bar < 0 ? QString() : attribute.value.mid(bar + 1);
            if (!value.accepts({value1, value2})) {
                return false;
            }
        }
        return std::all_of(times.cbegin(), times.cend(), [&attribute](const auto &time) {
            return time.first != Clock::Attribute || time.second.accepts(attribute.timestamp);
        });
    }

    // Event::set_filter_eventid: numbers compare with Event.id, uuids (case-sensitively) with
    // Event.uuid; NOT excludes what matches all of its id and uuid lists.
    bool acceptsEventId(const Event &event) const
    {
        const auto split = [](const QStringList &terms) {
            std::pair<QList<qint64>, QStringList> idsAndUuids;
            for (const QString &term : terms) {
                if (isUuid(term)) {
                    idsAndUuids.second.append(term);
                } else {
                    idsAndUuids.first.append(sqlInteger(term));
                }
            }
            return idsAndUuids;
        };
        const auto [anyIds, anyUuids] = split(eventIds.any);
        if ((!anyIds.isEmpty() || !anyUuids.isEmpty()) && !anyIds.contains(event.id)
            && !anyUuids.contains(event.uuid)) {
            return false;
        }
        const auto [noIds, noUuids] = split(eventIds.none);
        if (noIds.isEmpty() && noUuids.isEmpty()) {
            return true;
        }
        return !((noIds.isEmpty() || noIds.contains(event.id))
                 && (noUuids.isEmpty() || noUuids.contains(event.uuid)));
    }
};

FakeMispServer::FakeMispServer(QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
{
    // No routes: every request reaches the missing handler, which gets the responder and
    // through it the socket (needed for DropConnection). Auth, faults and recording must see
    // every request, and QHttpServer 6.4 has no hook that runs before its routes.
    m_server->setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(request, responder);
            });
}

FakeMispServer::~FakeMispServer() = default;

bool FakeMispServer::listen()
{
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        return false;
    }
    m_baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    return true;
}

QUrl FakeMispServer::baseUrl() const
{
    return m_baseUrl;
}

void FakeMispServer::setApiKey(const QString &key)
{
    m_apiKeyHash = key.isEmpty() ? QByteArray() : keyHash(key.toUtf8());
    if (!key.isEmpty() && !isKeyShaped(key.toUtf8())) {
        qWarning("FakeMispServer: the key is not 40 alphanumeric characters and can never match.");
    }
}

void FakeMispServer::setPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
}

FakeMispServer::Permissions FakeMispServer::permissions() const
{
    return m_permissions;
}

void FakeMispServer::setKnownTags(const QStringList &names)
{
    for (const QString &name : names) {
        if (!name.isEmpty() && findTagByName(name) < 0) {
            createTag(name);
        }
    }
}

QStringList FakeMispServer::tagNames() const
{
    QStringList names;
    for (const Tag &tag : m_tags) {
        names.append(tag.name);
    }
    return names;
}

void FakeMispServer::setClock(std::function<qint64()> secondsSinceEpoch)
{
    m_clock = std::move(secondsSinceEpoch);
}

void FakeMispServer::injectFault(const QString &pathPrefix, int nth, Fault fault)
{
    m_faults.append({pathPrefix, std::max(nth, 1), fault});
}

void FakeMispServer::clearFaults()
{
    m_faults.clear();
}

QList<FakeMispServer::RecordedRequest> FakeMispServer::requests() const
{
    return m_requests;
}

void FakeMispServer::clearRequests()
{
    m_requests.clear();
}

int FakeMispServer::requestCount(const QString &method, const QString &pathPrefix) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const auto &request) {
        return (method.isEmpty() || request.method.compare(method, Qt::CaseInsensitive) == 0)
               && request.path.startsWith(pathPrefix);
    }));
}

int FakeMispServer::eventCount() const
{
    return int(m_events.size());
}

QJsonObject FakeMispServer::event(const QString &idOrUuid) const
{
    const int index = findEvent(idOrUuid);
    return index < 0 ? QJsonObject() : eventJson(m_events[index], false);
}

QList<QJsonObject> FakeMispServer::events() const
{
    QList<QJsonObject> all;
    for (const Event &event : m_events) {
        all.append(eventJson(event, false));
    }
    return all;
}

void FakeMispServer::deleteEvent(const QString &idOrUuid)
{
    const int index = findEvent(idOrUuid);
    if (index >= 0) {
        m_blocklist.insert(m_events[index].uuid.toLower());
        m_events.removeAt(index);
    }
}

bool FakeMispServer::isBlocklisted(const QString &uuid) const
{
    return m_blocklist.contains(uuid.toLower());
}

QJsonObject FakeMispServer::seedEvent(const QJsonObject &event)
{
    Call call;
    call.method = u"POST"_s;
    call.path = u"/events/add"_s;
    call.segments = QStringList{u"events"_s, u"add"_s};
    call.data = event;
    const Permissions role = std::exchange(m_permissions, Permissions());
    const Reply reply = addEvent(call);
    m_permissions = role;
    if (reply.status != 200) {
        qWarning().noquote() << "FakeMispServer: seedEvent refused by events/add:" << reply.status
                             << QString::fromUtf8(reply.body);
        return {};
    }
    return eventJson(m_events.last(), false);
}

void FakeMispServer::setAttributeSearchQuirks(const AttributeSearchQuirks &quirks)
{
    m_attributeSearchQuirks = quirks;
}

FakeMispServer::AttributeSearchQuirks FakeMispServer::attributeSearchQuirks() const
{
    return m_attributeSearchQuirks;
}

// --- Transport ------------------------------------------------------------------------------

void FakeMispServer::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString path = request.url().path();
    const QByteArray method = methodName(request.method());

    std::optional<QByteArray> authorization;
    std::optional<QByteArray> mispAuth;
    QByteArray accept;
    QByteArray contentType;
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0 && !authorization) {
            authorization = value;
        } else if (name.compare("X-MISP-AUTH", Qt::CaseInsensitive) == 0 && !mispAuth) {
            mispAuth = value;
        } else if (name.compare("Accept", Qt::CaseInsensitive) == 0) {
            accept = value;
        } else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            contentType = value;
        }
    }

    RecordedRequest record;
    record.method = QString::fromLatin1(method);
    record.path = path;
    record.body = request.body();
    record.hadKey = authorization.has_value() || mispAuth.has_value();
    record.acceptJson = accept == "application/json";
    // X-MISP-AUTH overrides Authorization; a value holds comma-separated candidate keys.
    const QByteArray keyHeader = mispAuth.value_or(authorization.value_or(QByteArray()));
    if (!m_apiKeyHash.isEmpty() && !keyHeader.trimmed().startsWith("Basic")) {
        const QList<QByteArray> tokens = keyHeader.split(',');
        record.keyMatched = std::any_of(tokens.cbegin(), tokens.cend(), [this](const auto &t) {
            const QByteArray token = t.trimmed();
            return isKeyShaped(token) && keyHash(token) == m_apiKeyHash;
        });
    }
    m_requests.append(record);

    std::optional<Fault> fault;
    for (PendingFault &pending : m_faults) {
        if (path.startsWith(pending.prefix)) {
            --pending.remaining;
        }
    }
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (m_faults[i].remaining <= 0 && path.startsWith(m_faults[i].prefix)) {
            fault = m_faults.takeAt(i).fault;
            break;
        }
    }

    Reply reply;
    if (fault == Fault::InternalError) {
        reply = exception(500, INTERNAL_ERROR, path);
    } else if (fault == Fault::BadGateway) {
        reply.status = 502;
        reply.contentType = "text/html";
        reply.body = NGINX_502;
    } else {
        static const QRegularExpression automation(u"^/(events|attributes)/restSearch(/|$)"_s);
        const bool isAutomation = automation.match(path).hasMatch();
        const bool rest = record.acceptJson || isAutomation || path.endsWith(u".json"_s);
        if (!rest) {
            // A browser request: CakePHP's Auth sends it to the login page.
            reply.status = 302;
            reply.contentType = HTML_TYPE;
            reply.headers.append({"Location", (m_baseUrl.toString() + u"/users/login"_s).toUtf8()});
        } else if (!record.keyMatched) {
            if (isAutomation && !record.acceptJson) {
                reply.status = 403;
                reply.contentType = HTML_TYPE;
                reply.body = HTML_403;
            } else {
                reply = exception(403, AUTH_FAILED, path);
            }
        } else {
            Call call;
            call.method = record.method;
            call.path = path;
            const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
            for (qsizetype i = 0; i < parts.size(); ++i) {
                QString part = parts[i];
                if (i >= 2 && part.contains(u':')) {
                    continue; // a CakePHP named parameter such as `metadata:1`
                }
                if (i == parts.size() - 1 && part.endsWith(u".json"_s)) {
                    part.chop(5);
                }
                call.segments.append(part);
            }
            const QByteArray mime = contentType.split(';').value(0).trimmed().toLower();
            const QByteArray body = request.body().trimmed();
            if (mime == "application/json" && !body.isEmpty()) {
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
                if (error.error != QJsonParseError::NoError) {
                    call.invalidJson = true;
                } else if (doc.isArray()) {
                    call.data = doc.array();
                } else if (doc.isObject()) {
                    call.data = doc.object();
                }
            }
            reply = route(call);
        }
    }

    using StatusCode = QHttpServerResponder::StatusCode;
    responder.writeStatusLine(StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : std::as_const(reply.headers)) {
        responder.writeHeader(name, value);
    }
    if (request.method() == QHttpServerRequest::Method::Head) {
        responder.writeBody(QByteArray());
        return;
    }
    if (fault != Fault::DropConnection) {
        responder.writeBody(reply.body);
        return;
    }
    // Half the announced body, then close: the client sees the connection end mid-response.
    // It must get at least the headers, or QNAM silently resends the request instead.
    responder.writeBody(reply.body.left(reply.body.size() / 2));
    QTcpSocket *socket = responder.socket();
    socket->flush();
    socket->disconnectFromHost();
}

FakeMispServer::Reply FakeMispServer::route(const Call &call)
{
    const QStringList &s = call.segments;
    const QString controller = s.value(0);
    const QString action = s.value(1);
    const QString argument = s.value(2);
    const bool get = call.method == u"GET"_s;
    const bool post = call.method == u"POST"_s;
    const bool read = get || call.method == u"HEAD"_s;

    if (controller == u"servers"_s && action == u"getVersion"_s && s.size() == 2) {
        return getVersion(call);
    }
    if (controller == u"users"_s && action == u"view"_s && argument == u"me"_s && s.size() == 3) {
        return viewMe(call);
    }
    if (controller == u"events"_s) {
        if (action == u"add"_s && s.size() == 2) {
            if (get) {
                return apiDescription(u"/events/add"_s,
                                      u"POST a MISP Event JSON to this API to create an Event."_s);
            }
            return post ? addEvent(call) : exception(405, POST_ONLY, call.path);
        }
        if (action == u"edit"_s && s.size() == 3) {
            if (get) {
                return apiDescription(
                        u"/events/edit"_s,
                        u"POST/PUT a MISP Event JSON to this API to update an Event."_s);
            }
            return post || call.method == u"PUT"_s ? editEvent(call, argument)
                                                   : exception(405, POST_ONLY, call.path);
        }
        if (action == u"view"_s && s.size() == 3) {
            return read || post ? viewEvent(call, argument) : exception(405, POST_ONLY, call.path);
        }
        if (action == u"delete"_s && s.size() == 3) {
            return post || call.method == u"DELETE"_s ? deleteEventCall(call, argument)
                                                      : exception(405, POST_ONLY, call.path);
        }
        if (action == u"publish"_s && s.size() == 3) {
            return post ? publishEvent(call, argument) : exception(405, POST_ONLY, call.path);
        }
        if (action == u"restSearch"_s && s.size() <= 3) {
            return post ? restSearchEvents(call, argument) : exception(405, POST_ONLY, call.path);
        }
    }
    if (controller == u"attributes"_s) {
        if (action == u"describeTypes"_s && s.size() == 2) {
            return describeTypes(call);
        }
        if (action == u"add"_s && s.size() == 3) {
            if (get) {
                return apiDescription(
                        u"/attributes/add"_s,
                        u"POST a MISP Attribute JSON, or a list of them, to this API to create "
                        "Attributes."_s);
            }
            return post ? addAttributes(call, argument) : exception(405, POST_ONLY, call.path);
        }
        if (action == u"delete"_s && s.size() == 3) {
            return post || call.method == u"DELETE"_s ? deleteAttribute(call, argument)
                                                      : exception(405, POST_ONLY, call.path);
        }
        if (action == u"restSearch"_s) {
            return restSearchAttributes(call); // any method: MISP reads a body only from POST
        }
    }
    if (controller == u"tags"_s && action == u"removeTagFromObject"_s && s.size() == 2) {
        return removeTagFromObject(call);
    }
    return exception(404, u"Not Found"_s, call.path);
}

// --- Reply shapes ---------------------------------------------------------------------------

FakeMispServer::Reply FakeMispServer::exception(int status,
                                                const QString &message,
                                                const QString &url) const
{
    Reply reply;
    reply.status = status;
    reply.body =
            compact(QJsonObject{{u"name"_s, message}, {u"message"_s, message}, {u"url"_s, url}});
    return reply;
}

FakeMispServer::Reply FakeMispServer::saveFailure(const QString &name,
                                                  const QString &url,
                                                  const QJsonValue &errors,
                                                  const QString &id) const
{
    QJsonObject body{{u"saved"_s, false},
                     {u"name"_s, name},
                     {u"message"_s, name},
                     {u"url"_s, url},
                     {u"errors"_s, errors}};
    if (!id.isEmpty()) {
        body.insert(u"id"_s, id);
    }
    Reply reply;
    reply.status = 403; // RestResponse::saveFailResponse always answers 403
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Indented);
    return reply;
}

FakeMispServer::Reply FakeMispServer::saveSuccess(const QString &message,
                                                  const QString &url,
                                                  const QString &id) const
{
    Reply reply;
    reply.body = QJsonDocument(QJsonObject{{u"saved"_s, true},
                                           {u"success"_s, true},
                                           {u"name"_s, message},
                                           {u"message"_s, message},
                                           {u"url"_s, url},
                                           {u"id"_s, id}})
                         .toJson(QJsonDocument::Indented);
    return reply;
}

FakeMispServer::Reply FakeMispServer::apiDescription(const QString &url,
                                                     const QString &description) const
{
    Reply reply;
    reply.body = compact(QJsonObject{{u"name"_s, url + u" API description"_s},
                                     {u"description"_s, description},
                                     {u"url"_s, url}});
    return reply;
}

// --- Server, user and type catalogue --------------------------------------------------------

QJsonObject FakeMispServer::observedBody(const QString &fixture) const
{
    const QJsonDocument doc = Fixtures::load(u"misp/observed/"_s + fixture);
    return doc.object().value(u"response"_s).toObject().value(u"body_json"_s).toObject();
}

FakeMispServer::Reply FakeMispServer::getVersion(const Call &call)
{
    const QJsonObject body = observedBody(u"01-getVersion.json"_s);
    if (body.isEmpty()) {
        return exception(500, INTERNAL_ERROR, call.path);
    }
    Reply reply;
    reply.body = compact(body);
    return reply;
}

FakeMispServer::Reply FakeMispServer::viewMe(const Call &call)
{
    QJsonObject body = observedBody(u"02-users-view-me.json"_s);
    if (body.isEmpty()) {
        return exception(500, INTERNAL_ERROR, call.path);
    }
    QJsonObject role = body.value(u"Role"_s).toObject();
    const Permissions &p = m_permissions;
    for (const QString &flag : {u"perm_add"_s, u"perm_modify"_s, u"perm_modify_org"_s}) {
        role.insert(flag, p.add);
    }
    role.insert(u"perm_tagger"_s, p.tagger);
    role.insert(u"perm_tag_editor"_s, p.tagEditor);
    role.insert(u"perm_publish"_s, p.publish);
    role.insert(u"perm_site_admin"_s, p.siteAdmin);
    role.insert(u"perm_admin"_s, p.siteAdmin);
    body.insert(u"Role"_s, role);
    Reply reply;
    reply.body = compact(body);
    return reply;
}

bool FakeMispServer::ensureTypes()
{
    if (m_types.loaded) {
        return true;
    }
    const QJsonDocument doc = Fixtures::load(u"misp/describeTypes.json"_s);
    const QJsonObject result = doc.object().value(u"result"_s).toObject();
    if (result.isEmpty()) {
        return false;
    }
    TypeCatalogue catalogue;
    catalogue.document = doc;
    for (const QJsonValue &type : result.value(u"types"_s).toArray()) {
        catalogue.types.insert(type.toString());
    }
    for (const QJsonValue &category : result.value(u"categories"_s).toArray()) {
        catalogue.categories.append(category.toString());
    }
    const QJsonObject defaults = result.value(u"sane_defaults"_s).toObject();
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        catalogue.defaultCategory.insert(it.key(), entry.value(u"default_category"_s).toString());
        catalogue.defaultToIds.insert(it.key(), truthy(entry.value(u"to_ids"_s)));
    }
    const QJsonObject mappings = result.value(u"category_type_mappings"_s).toObject();
    for (auto it = mappings.constBegin(); it != mappings.constEnd(); ++it) {
        QSet<QString> types;
        for (const QJsonValue &type : it.value().toArray()) {
            types.insert(type.toString());
        }
        catalogue.typesByCategory.insert(it.key(), types);
    }
    catalogue.loaded = true;
    m_types = catalogue;
    return true;
}

FakeMispServer::Reply FakeMispServer::describeTypes(const Call &call)
{
    if (!ensureTypes()) {
        return exception(500, INTERNAL_ERROR, call.path);
    }
    Reply reply;
    reply.body = m_types.document.toJson(QJsonDocument::Compact);
    return reply;
}

// --- Events ---------------------------------------------------------------------------------

FakeMispServer::Reply FakeMispServer::addEvent(const Call &call)
{
    if (!m_permissions.add) {
        return exception(403, NO_PERMISSION, call.path);
    }
    if (call.invalidJson) {
        return exception(405, INVALID_JSON, call.path);
    }
    if (!call.data.isObject() || call.data.toObject().isEmpty()) {
        return exception(405, NO_EVENT_DATA, call.path);
    }
    const QJsonObject input = unwrapEvent(call.data);
    const QString url = u"/events/add"_s;

    const QString uuid = stringOf(input.value(u"uuid"_s)).trimmed();
    if (!uuid.isEmpty()) {
        // The controller looks the uuid up as sent; validation later compares ignoring case.
        const int existing = findEventByUuid(uuid, Qt::CaseSensitive);
        if (existing >= 0) {
            Reply reply = exception(404, ALREADY_EXISTS, call.path);
            const QString location =
                    m_baseUrl.toString() + u"/events/"_s + QString::number(m_events[existing].id);
            reply.headers.append({"Location", location.toUtf8()});
            return reply;
        }
        if (isBlocklisted(uuid)) {
            return exception(403, u"Event blocked by event blocklist."_s, call.path);
        }
    }

    const bool wantsPublished = truthy(input.value(u"published"_s));
    const bool hasContent = !listOf(input.value(u"Attribute"_s)).isEmpty()
                            || !listOf(input.value(u"Object"_s)).isEmpty()
                            || !listOf(input.value(u"EventReport"_s)).isEmpty();
    if (wantsPublished && !hasContent) {
        return saveFailure(u"Could not add Event"_s,
                           url,
                           QJsonObject{{u"Event"_s,
                                        u"Received a published event that was empty. Event add "
                                        "process blocked."_s}});
    }
    // MISP 2.5.1 crashes on tags given as plain strings, before anything is saved.
    if (m_permissions.tagger && hasStringTag(input.value(u"Tag"_s))) {
        return exception(500, INTERNAL_ERROR, call.path);
    }

    QJsonObject eventErrors;
    const QJsonValue info = input.value(u"info"_s);
    if (info.isUndefined() || info.isNull()) {
        eventErrors.insert(u"info"_s, QJsonArray{u"valueNotEmpty"_s});
    } else if (stringOf(info).trimmed().isEmpty()) {
        eventErrors.insert(u"info"_s, QJsonArray{u"Info cannot be empty."_s});
    }
    if (!uuid.isEmpty()) {
        if (!isUuid(uuid)) {
            eventErrors.insert(u"uuid"_s, QJsonArray{UUID_INVALID});
        } else if (findEventByUuid(uuid, Qt::CaseInsensitive) >= 0) {
            eventErrors.insert(u"uuid"_s, QJsonArray{UUID_NOT_UNIQUE});
        }
    }
    const QString date = stringOf(input.value(u"date"_s));
    if (!date.isEmpty() && !isValidDate(date)) {
        eventErrors.insert(u"date"_s, QJsonArray{u"Expected date format: YYYY-MM-DD"_s});
    }
    const QString threatLevel = stringOf(input.value(u"threat_level_id"_s));
    if (!threatLevel.isEmpty()
        && !QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s}.contains(threatLevel)) {
        eventErrors.insert(u"threat_level_id"_s,
                           QJsonArray{u"Options : 1, 2, 3, 4 (for High, Medium, Low, "
                                      "Undefined)"_s});
    }
    if (!eventErrors.isEmpty()) {
        return saveFailure(u"Could not add Event"_s, url, QJsonObject{{u"Event"_s, eventErrors}});
    }
    const QJsonArray attributes = listOf(input.value(u"Attribute"_s));
    if (!attributes.isEmpty() && !ensureTypes()) {
        return exception(500, INTERNAL_ERROR, call.path);
    }

    Event event;
    event.id = m_nextEventId++;
    event.uuid = uuid.isEmpty() ? newUuid() : uuid.toLower();
    event.info = stringOf(info);
    event.date = date.isEmpty() ? QDateTime::fromSecsSinceEpoch(now(), QTimeZone::utc())
                                          .date()
                                          .toString(Qt::ISODate)
                                : date;
    if (!threatLevel.isEmpty()) {
        event.threatLevelId = threatLevel;
    }
    for (const auto &[key, field] : {std::pair{u"analysis"_s, &event.analysis},
                                     std::pair{u"distribution"_s, &event.distribution},
                                     std::pair{u"sharing_group_id"_s, &event.sharingGroupId}}) {
        const QString value = stringOf(input.value(key));
        if (!value.isEmpty()) {
            *field = value;
        }
    }
    event.timestamp = now();
    event.published = wantsPublished && m_permissions.publish;
    event.publishTimestamp = event.published ? event.timestamp : 0;
    if (m_permissions.tagger) {
        event.tagIds = resolveTags(input.value(u"Tag"_s));
    }
    m_events.append(event);

    // Attributes are checked one by one against what this event already holds, so in-body
    // duplicates collapse; whatever fails is dropped without a word, as MISP does.
    for (const QJsonValue &value : attributes) {
        const QJsonObject attributeInput = value.toObject();
        AttributeCheck check = checkAttribute(attributeInput, m_events.last(), nullptr);
        if (!check.errors.isEmpty()) {
            continue;
        }
        check.attribute.id = m_nextAttributeId++;
        if (m_permissions.tagger) {
            check.attribute.tagIds = resolveTags(attributeInput.value(u"Tag"_s));
        }
        m_events.last().attributes.append(check.attribute);
    }
    Reply reply;
    reply.body = compact(eventJson(m_events.last(), false));
    return reply;
}

FakeMispServer::Reply FakeMispServer::viewEvent(const Call &call, const QString &ref)
{
    const int index = findEvent(ref);
    if (index < 0) {
        return exception(404, INVALID_EVENT, call.path);
    }
    Reply reply;
    reply.body = compact(eventJson(m_events[index], false));
    return reply;
}

std::optional<FakeMispServer::Reply> FakeMispServer::refuseEventWrite(const Call &call,
                                                                      const QString &ref,
                                                                      int *index) const
{
    // MISP's order: the key's permission, then the body, then the event.
    if (!m_permissions.add) {
        return exception(403, NO_PERMISSION, call.path);
    }
    if (call.invalidJson) {
        return exception(405, INVALID_JSON, call.path);
    }
    *index = findEvent(ref);
    if (*index < 0) {
        return exception(404, INVALID_EVENT, call.path);
    }
    return std::nullopt;
}

FakeMispServer::Reply FakeMispServer::editEvent(const Call &call, const QString &ref)
{
    int index = -1;
    if (auto refused = refuseEventWrite(call, ref, &index)) {
        return *refused;
    }
    if (!call.data.isObject() || call.data.toObject().isEmpty()) {
        return exception(405, NO_EVENT_DATA, call.path);
    }
    const QJsonObject input = unwrapEvent(call.data);
    Event &event = m_events[index];
    const QString id = QString::number(event.id);

    const std::optional<qint64> sentTimestamp = timestampOf(input.value(u"timestamp"_s));
    if (sentTimestamp && *sentTimestamp <= event.timestamp) {
        return saveFailure(u"Could not edit Event"_s,
                           u"/events/edit/"_s + id,
                           u"Event could not be saved: Event in the request not newer than the "
                           "local copy."_s,
                           id);
    }
    if (m_permissions.tagger && hasStringTag(input.value(u"Tag"_s))) {
        return exception(500, INTERNAL_ERROR, call.path);
    }
    const QJsonArray attributes = listOf(input.value(u"Attribute"_s));
    if (!attributes.isEmpty() && !ensureTypes()) {
        return exception(500, INTERNAL_ERROR, call.path);
    }

    // Fields that are sent replace the stored ones; the rest stay.
    const QString info = stringOf(input.value(u"info"_s));
    if (!info.trimmed().isEmpty()) {
        event.info = info;
    }
    const QString date = stringOf(input.value(u"date"_s));
    if (isValidDate(date)) {
        event.date = date;
    }
    for (const auto &[key, field] : {std::pair{u"threat_level_id"_s, &event.threatLevelId},
                                     std::pair{u"analysis"_s, &event.analysis},
                                     std::pair{u"distribution"_s, &event.distribution},
                                     std::pair{u"sharing_group_id"_s, &event.sharingGroupId}}) {
        const QString value = stringOf(input.value(key));
        if (!value.isEmpty()) {
            *field = value;
        }
    }
    if (m_permissions.tagger) {
        for (const int tagId : resolveTags(input.value(u"Tag"_s))) {
            if (!event.tagIds.contains(tagId)) {
                event.tagIds.append(tagId);
            }
        }
    }

    // Attributes are merged, never removed by omission.
    for (const QJsonValue &value : attributes) {
        const QJsonObject attributeInput = value.toObject();
        const QString uuid = stringOf(attributeInput.value(u"uuid"_s)).trimmed().toLower();
        const auto [eventIndex, attributeIndex] = findAttributeByUuid(uuid);
        if (!uuid.isEmpty() && eventIndex >= 0 && eventIndex != index) {
            continue; // the uuid belongs to another event: MISP logs and drops it
        }
        if (!uuid.isEmpty() && eventIndex == index) {
            const Attribute &stored = event.attributes[attributeIndex];
            const std::optional<qint64> sent = timestampOf(attributeInput.value(u"timestamp"_s));
            if (sent && *sent <= stored.timestamp) {
                continue; // not newer than the stored copy: ignored
            }
            AttributeCheck check = checkAttribute(attributeInput, event, &stored);
            if (!check.errors.isEmpty()) {
                continue;
            }
            if (m_permissions.tagger) {
                for (const int tagId : resolveTags(attributeInput.value(u"Tag"_s))) {
                    if (!check.attribute.tagIds.contains(tagId)) {
                        check.attribute.tagIds.append(tagId);
                    }
                }
            }
            event.attributes[attributeIndex] = check.attribute;
            continue;
        }
        AttributeCheck check = checkAttribute(attributeInput, event, nullptr);
        if (!check.errors.isEmpty()) {
            continue;
        }
        check.attribute.id = m_nextAttributeId++;
        if (m_permissions.tagger) {
            check.attribute.tagIds = resolveTags(attributeInput.value(u"Tag"_s));
        }
        event.attributes.append(check.attribute);
    }

    touch(event);
    if (sentTimestamp) {
        event.timestamp = *sentTimestamp;
    }
    if (truthy(input.value(u"published"_s)) && m_permissions.publish) {
        event.published = true;
        event.publishTimestamp = now();
    }
    Reply reply;
    reply.body = compact(eventJson(event, false));
    return reply;
}

FakeMispServer::Reply FakeMispServer::deleteEventCall(const Call &call, const QString &ref)
{
    if (!m_permissions.add) {
        return exception(403, NO_PERMISSION, call.path);
    }
    const int index = findEvent(ref);
    if (index < 0) {
        return saveFailure(u"Could not delete Event"_s,
                           u"/events/delete"_s,
                           u"Event was not deleted."_s);
    }
    const QString id = QString::number(m_events[index].id);
    deleteEvent(id);
    return saveSuccess(u"Event deleted."_s, u"/events/delete/"_s + id, id);
}

FakeMispServer::Reply FakeMispServer::publishEvent(const Call &call, const QString &ref)
{
    if (!m_permissions.publish) {
        return exception(403, NO_PERMISSION, call.path);
    }
    const int index = findEvent(ref);
    if (index < 0) {
        return exception(404, u"Invalid event."_s, call.path);
    }
    Event &event = m_events[index];
    event.published = true;
    event.publishTimestamp = now();
    const QString id = QString::number(event.id);
    return saveSuccess(u"Event published without alerts"_s, u"/events/publish/"_s + id, id);
}

FakeMispServer::Reply FakeMispServer::restSearchEvents(const Call &call, const QString &formatInUrl)
{
    if (call.invalidJson) {
        return exception(405, INVALID_JSON, call.path);
    }
    QJsonObject filters = call.data.toObject();
    if (filters.value(u"request"_s).isObject()) {
        filters = filters.value(u"request"_s).toObject();
    }
    if (filters.isEmpty() && formatInUrl.isEmpty()) {
        return exception(400,
                         u"Either specify the search terms in the url, or POST a json with the "
                         "filter parameters."_s,
                         call.path);
    }
    const QString format =
            formatInUrl.isEmpty() ? stringOf(filters.value(u"returnFormat"_s)) : formatInUrl;
    if (!format.isEmpty() && format != u"json"_s) {
        return exception(404, u"Invalid output format."_s, call.path);
    }

    const auto stringsOf = [](const QJsonValue &value) {
        QStringList list;
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray()) {
                list.append(stringOf(item));
            }
        } else if (!value.isUndefined() && !value.isNull()) {
            list.append(stringOf(value));
        }
        return list;
    };
    const QStringList uuids = stringsOf(filters.value(u"uuid"_s));
    const QStringList ids = stringsOf(filters.value(u"eventid"_s));
    const QString infoPattern = stringOf(filters.value(u"eventinfo"_s));
    QRegularExpression info;
    if (!infoPattern.isEmpty()) {
        // SQL LIKE: `%` is any text; without one, the whole info must match (case-insensitive).
        QString pattern = QRegularExpression::escape(infoPattern);
        pattern.replace(u"%"_s, u".*"_s);
        info = QRegularExpression(u"^"_s + pattern + u"$"_s,
                                  QRegularExpression::CaseInsensitiveOption);
    }
    const QJsonValue published = filters.value(u"published"_s);
    const bool metadata = truthy(filters.value(u"metadata"_s));

    QList<const Event *> matches;
    for (const Event &event : m_events) {
        if (!uuids.isEmpty() && !uuids.contains(event.uuid, Qt::CaseInsensitive)) {
            continue;
        }
        if (!ids.isEmpty() && !ids.contains(QString::number(event.id))) {
            continue;
        }
        if (!infoPattern.isEmpty() && !info.match(event.info).hasMatch()) {
            continue;
        }
        if (!published.isUndefined() && !published.isNull()
            && truthy(published) != event.published) {
            continue;
        }
        matches.append(&event);
    }

    qsizetype from = 0;
    qsizetype to = matches.size();
    const int limit = stringOf(filters.value(u"limit"_s)).toInt();
    if (limit > 0) {
        const int page = std::max(1, stringOf(filters.value(u"page"_s)).toInt());
        from = std::min<qsizetype>(qsizetype(page - 1) * limit, matches.size());
        to = std::min<qsizetype>(from + limit, matches.size());
    }
    QJsonArray response;
    for (qsizetype i = from; i < to; ++i) {
        response.append(eventJson(*matches[i], metadata));
    }
    Reply reply;
    reply.body = compact(QJsonObject{{u"response"_s, response}});
    reply.headers.append({"X-Result-Count", QByteArray::number(matches.size())});
    return reply;
}

FakeMispServer::Reply FakeMispServer::restSearchAttributes(const Call &call)
{
    if (call.invalidJson) {
        return exception(405, INVALID_JSON, call.path);
    }
    QJsonObject body;
    if (call.method == u"POST"_s) {
        if (phpEmpty(call.data)) {
            return exception(400,
                             u"Either specify the search terms in the url, or POST a json with "
                             "the filter parameters."_s,
                             u"/attributes/restSearch"_s);
        }
        body = call.data.toObject();
    }
    const QJsonObject filters = searchFilters(body, call.path);
    if (filters.isEmpty() && (call.method == u"GET"_s || call.method == u"HEAD"_s)) {
        return exception(400,
                         u"Restsearch queries using GET and no parameters are not allowed. If "
                         "you have passed parameters via a JSON body, make sure you use POST "
                         "requests."_s,
                         call.path);
    }
    QString format = stringOf(filters.value(u"returnFormat"_s));
    if (phpEmpty(format) || format == u"download"_s) {
        format = u"json"_s;
    }
    if (format != u"json"_s) {
        return exception(404, u"Invalid output format."_s, call.path);
    }
    const std::optional<AttributeSearch> search = AttributeSearch::read(filters, now());
    if (!search) {
        return exception(500, INTERNAL_ERROR, call.path);
    }

    QList<std::pair<const Attribute *, const Event *>> matches;
    for (const Event &event : m_events) {
        if (!search->accepts(event)) {
            continue;
        }
        for (const Attribute &attribute : event.attributes) {
            if (search->accepts(attribute)) {
                matches.append({&attribute, &event});
            }
        }
    }
    // No ORDER BY: the recordings show the table's order, which is the attribute id's.
    std::sort(matches.begin(), matches.end(), [](const auto &a, const auto &b) {
        return a.first->id < b.first->id;
    });

    const AttributeSearchQuirks &quirks = m_attributeSearchQuirks;
    const qint64 limit = search->limit;
    qsizetype from = 0;
    qsizetype to = matches.size();
    qint64 resultCount = matches.size();
    if (limit > 0 && !quirks.ignoreLimit) {
        const qint64 skip = search->page - 1 > matches.size() / limit ? matches.size()
                                                                      : (search->page - 1) * limit;
        from = std::min<qint64>(skip, matches.size());
        to = std::min<qint64>(from + limit, matches.size());
        // __iteratedFetch counts this page's rows and adds one, taken back only when it saw
        // rows but fewer than `limit`: an empty page therefore reads 1.
        const qint64 onPage = to - from;
        resultCount = onPage + (onPage == 0 || onPage == limit ? 1 : 0);
    }
    QJsonArray attributes;
    for (qsizetype i = from; i < to; ++i) {
        attributes.append(attributeSearchJson(*matches[i].first,
                                              *matches[i].second,
                                              search->withEventTags,
                                              search->withEventUuid));
    }
    Reply reply;
    reply.body = compact(QJsonObject{{u"response"_s, QJsonObject{{u"Attribute"_s, attributes}}}});
    if (!quirks.omitResultCount) {
        reply.headers.append(
                {"X-Result-Count", QByteArray::number(quirks.resultCount.value_or(resultCount))});
    }
    return reply;
}

// --- Attributes -----------------------------------------------------------------------------

FakeMispServer::AttributeCheck FakeMispServer::checkAttribute(const QJsonObject &input,
                                                              const Event &event,
                                                              const Attribute *existing) const
{
    AttributeCheck check;
    Attribute &a = check.attribute;
    if (existing) {
        a = *existing;
    }
    a.eventId = event.id;
    const auto sent = [&input](const QString &key) {
        return input.contains(key) && !input.value(key).isNull();
    };

    if (sent(u"type"_s)) {
        a.type = stringOf(input.value(u"type"_s));
    }
    if (!m_types.types.contains(a.type)) {
        check.errors.insert(u"type"_s, QJsonArray{u"Invalid type."_s});
        return check; // MISP stops before any other rule
    }

    if (sent(u"category"_s) && !stringOf(input.value(u"category"_s)).isEmpty()) {
        a.category = stringOf(input.value(u"category"_s));
    } else if (!existing) {
        a.category = m_types.defaultCategory.value(a.type);
    }
    if (!m_types.categories.contains(a.category)) {
        check.errors.insert(u"category"_s, QJsonArray{CATEGORY_OPTIONS});
    } else if (!m_types.typesByCategory.value(a.category).contains(a.type)) {
        check.errors.insert(u"type"_s, QJsonArray{u"Options depend on the selected category."_s});
    }

    if (sent(u"value"_s)) {
        a.value = normaliseValue(a.type, stringOf(input.value(u"value"_s)));
    }
    QString valueError;
    if (a.value.isEmpty()) {
        valueError = u"stringNotEmpty"_s;
    } else if (a.type.contains(u'|') && a.value.count(u'|') != 1) {
        valueError = u"Composite type found but the value not in the composite (value1|value2) "
                     "format."_s;
    } else {
        valueError = valueMessage(a.type, a.value);
    }
    if (!valueError.isEmpty()) {
        check.errors.insert(u"value"_s, QJsonArray{valueError});
    }

    const QString uuid = stringOf(input.value(u"uuid"_s)).trimmed().toLower();
    if (!uuid.isEmpty() && (!existing || existing->uuid != uuid)) {
        if (!isUuid(uuid)) {
            check.errors.insert(u"uuid"_s, QJsonArray{UUID_INVALID});
        } else if (findAttributeByUuid(uuid).first >= 0) {
            check.errors.insert(u"uuid"_s, QJsonArray{UUID_NOT_UNIQUE});
        }
        a.uuid = uuid;
    } else if (!existing) {
        a.uuid = newUuid();
    }

    // Event + type + category + value must be unique among live attributes.
    if (check.errors.isEmpty()) {
        const int self = existing ? existing->id : 0;
        for (const Attribute &other : event.attributes) {
            if (!other.deleted && other.id != self && other.type == a.type
                && other.category == a.category && other.value == a.value) {
                check.errors.insert(u"value"_s, QJsonArray{SIMILAR_ATTRIBUTE});
                break;
            }
        }
    }

    if (sent(u"to_ids"_s)) {
        a.toIds = truthy(input.value(u"to_ids"_s));
    } else if (!existing) {
        a.toIds = m_types.defaultToIds.value(a.type);
    }
    for (const auto &[key, field] : {std::pair{u"distribution"_s, &a.distribution},
                                     std::pair{u"sharing_group_id"_s, &a.sharingGroupId},
                                     std::pair{u"comment"_s, &a.comment}}) {
        if (sent(key)) {
            *field = stringOf(input.value(key));
        }
    }
    if (a.distribution.isEmpty()) {
        a.distribution = u"5"_s;
    }
    if (sent(u"disable_correlation"_s)) {
        a.disableCorrelation = truthy(input.value(u"disable_correlation"_s));
    }
    if (existing && sent(u"deleted"_s)) {
        a.deleted = truthy(input.value(u"deleted"_s));
    }
    for (const auto &[key, field] :
         {std::pair{u"first_seen"_s, &a.firstSeen}, std::pair{u"last_seen"_s, &a.lastSeen}}) {
        if (input.contains(key)) {
            const QString text = stringOf(input.value(key));
            *field = text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
        }
    }
    const std::optional<qint64> timestamp = timestampOf(input.value(u"timestamp"_s));
    a.timestamp = timestamp ? *timestamp : (existing ? nextTimestamp(existing->timestamp) : now());
    return check;
}

FakeMispServer::Reply FakeMispServer::addAttributes(const Call &call, const QString &ref)
{
    int index = -1;
    if (auto refused = refuseEventWrite(call, ref, &index)) {
        return *refused;
    }
    if (!ensureTypes()) {
        return exception(500, INTERNAL_ERROR, call.path);
    }

    QJsonValue data = call.data;
    if (data.isObject() && data.toObject().contains(u"Attribute"_s)) {
        data = data.toObject().value(u"Attribute"_s);
    }
    const bool isList = data.isArray();
    const QJsonArray items = isList ? data.toArray() : QJsonArray{data.toObject()};
    const QString url = u"/attributes/add"_s;

    Event &event = m_events[index];
    QJsonArray saved;
    QJsonObject errors;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject input = items[i].toObject();
        AttributeCheck check = checkAttribute(input, event, nullptr);
        if (!check.errors.isEmpty()) {
            if (!isList) {
                return saveFailure(u"Could not add Attribute"_s, url, check.errors);
            }
            errors.insert(u"attribute_%1"_s.arg(i), check.errors);
            continue;
        }
        check.attribute.id = m_nextAttributeId++;
        if (m_permissions.tagger) {
            check.attribute.tagIds = resolveTags(input.value(u"Tag"_s));
        }
        event.attributes.append(check.attribute);
        saved.append(attributeJson(check.attribute));
    }
    if (saved.isEmpty()) {
        return saveFailure(u"Could not add Attribute"_s, url, errors);
    }
    touch(event);

    QJsonObject body;
    if (saved.size() == 1) {
        body.insert(u"Attribute"_s, saved.first());
        body.insert(u"AttributeTag"_s, QJsonArray());
    } else {
        body.insert(u"Attribute"_s, saved);
    }
    if (!errors.isEmpty()) {
        body.insert(u"errors"_s, errors);
    }
    Reply reply;
    reply.body = compact(body);
    return reply;
}

FakeMispServer::Reply FakeMispServer::deleteAttribute(const Call &call, const QString &ref)
{
    if (!m_permissions.add) {
        return exception(403, NO_PERMISSION, call.path);
    }
    auto [eventIndex, attributeIndex] =
            isDigits(ref) ? findAttributeById(ref.toInt()) : findAttributeByUuid(ref.toLower());
    if (eventIndex < 0 || m_events[eventIndex].attributes[attributeIndex].deleted) {
        return exception(404, u"Invalid attribute"_s, call.path);
    }
    Event &event = m_events[eventIndex];
    Attribute &attribute = event.attributes[attributeIndex];
    attribute.deleted = true;
    attribute.timestamp = nextTimestamp(attribute.timestamp);
    touch(event);
    Reply reply;
    reply.body = compact(QJsonObject{{u"message"_s, u"Attribute deleted."_s}});
    return reply;
}

// --- Tags -----------------------------------------------------------------------------------

FakeMispServer::Reply FakeMispServer::removeTagFromObject(const Call &call)
{
    if (call.method != u"POST"_s) {
        return exception(405, POST_ONLY, call.path);
    }
    if (!m_permissions.tagger) {
        return exception(403, NO_PERMISSION, call.path);
    }
    if (call.invalidJson) {
        return exception(405, INVALID_JSON, call.path);
    }
    QJsonObject input = call.data.toObject();
    if (input.value(u"Tag"_s).isObject()) {
        input = input.value(u"Tag"_s).toObject();
    }
    const QString tagRef = stringOf(input.value(u"tag"_s)).trimmed();
    const Tag *tag = isDigits(tagRef) ? tagById(tagRef.toInt()) : nullptr;
    if (!tag) {
        const int found = findTagByName(tagRef);
        tag = found >= 0 ? tagById(found) : nullptr;
    }
    if (!tag) {
        return exception(405, u"Invalid Tag."_s, call.path);
    }

    const QString uuid = stringOf(input.value(u"uuid"_s)).trimmed();
    QList<int> *tagIds = nullptr;
    Event *owner = nullptr;
    QString target;
    const int eventIndex = uuid.isEmpty() ? -1 : findEventByUuid(uuid, Qt::CaseInsensitive);
    if (eventIndex >= 0) {
        owner = &m_events[eventIndex];
        tagIds = &owner->tagIds;
        target = u"Event(%1)"_s.arg(owner->id);
    } else if (const auto [e, a] = findAttributeByUuid(uuid.toLower()); e >= 0) {
        owner = &m_events[e];
        tagIds = &owner->attributes[a].tagIds;
        target = u"Attribute(%1)"_s.arg(owner->attributes[a].id);
    } else {
        return exception(405, u"Invalid Target."_s, call.path);
    }
    if (!tagIds->contains(tag->id)) {
        const QString kind = target.left(target.indexOf(u'('));
        return exception(405,
                         u"Could not remove tag as it is not attached to the target %1"_s.arg(kind),
                         call.path);
    }
    tagIds->removeAll(tag->id);
    touch(*owner);
    const QString message =
            u"Tag %1(%2) successfully removed from %3."_s.arg(tag->name).arg(tag->id).arg(target);
    Reply reply;
    reply.body = QJsonDocument(QJsonObject{{u"saved"_s, true},
                                           {u"success"_s, true},
                                           {u"name"_s, message},
                                           {u"message"_s, message},
                                           {u"url"_s, u"/tags/removeTagFromObject"_s}})
                         .toJson(QJsonDocument::Indented);
    return reply;
}

QList<int> FakeMispServer::resolveTags(const QJsonValue &tags)
{
    QList<int> ids;
    for (const QJsonValue &value : listOf(tags)) {
        const QString name = stringOf(value.toObject().value(u"name"_s));
        if (name.isEmpty()) {
            continue;
        }
        int id = findTagByName(name);
        if (id < 0 && m_permissions.tagEditor) {
            id = createTag(name);
        }
        if (id >= 0 && !ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

int FakeMispServer::findTagByName(const QString &name) const
{
    for (const Tag &tag : m_tags) {
        if (tag.name.compare(name, Qt::CaseInsensitive) == 0) {
            return tag.id;
        }
    }
    return -1;
}

int FakeMispServer::createTag(const QString &name)
{
    Tag tag;
    tag.id = m_nextTagId++;
    tag.name = name;
    tag.colour = colourFor(name);
    m_tags.append(tag);
    return tag.id;
}

const FakeMispServer::Tag *FakeMispServer::tagById(int id) const
{
    for (const Tag &tag : m_tags) {
        if (tag.id == id) {
            return &tag;
        }
    }
    return nullptr;
}

// --- Lookup and JSON ------------------------------------------------------------------------

int FakeMispServer::findEvent(const QString &idOrUuid) const
{
    if (isDigits(idOrUuid)) {
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (QString::number(m_events[i].id) == idOrUuid) {
                return int(i);
            }
        }
        return -1;
    }
    return idOrUuid.isEmpty() ? -1 : findEventByUuid(idOrUuid, Qt::CaseInsensitive);
}

int FakeMispServer::findEventByUuid(const QString &uuid, Qt::CaseSensitivity cs) const
{
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        if (m_events[i].uuid.compare(uuid, cs) == 0) {
            return int(i);
        }
    }
    return -1;
}

std::pair<int, int> FakeMispServer::findAttributeByUuid(const QString &uuid) const
{
    if (uuid.isEmpty()) {
        return {-1, -1};
    }
    for (qsizetype e = 0; e < m_events.size(); ++e) {
        const QList<Attribute> &attributes = m_events[e].attributes;
        for (qsizetype a = 0; a < attributes.size(); ++a) {
            if (attributes[a].uuid == uuid) {
                return {int(e), int(a)};
            }
        }
    }
    return {-1, -1};
}

std::pair<int, int> FakeMispServer::findAttributeById(int id) const
{
    for (qsizetype e = 0; e < m_events.size(); ++e) {
        const QList<Attribute> &attributes = m_events[e].attributes;
        for (qsizetype a = 0; a < attributes.size(); ++a) {
            if (attributes[a].id == id) {
                return {int(e), int(a)};
            }
        }
    }
    return {-1, -1};
}

QJsonObject FakeMispServer::eventJson(const Event &event, bool metadata) const
{
    const auto live = [](const Attribute &a) {
        return !a.deleted;
    };
    QJsonObject e{
            {u"id"_s, QString::number(event.id)},
            {u"orgc_id"_s, u"1"_s},
            {u"org_id"_s, u"1"_s},
            {u"date"_s, event.date},
            {u"threat_level_id"_s, event.threatLevelId},
            {u"info"_s, event.info},
            {u"published"_s, event.published},
            {u"uuid"_s, event.uuid},
            {u"attribute_count"_s,
             QString::number(
                     std::count_if(event.attributes.cbegin(), event.attributes.cend(), live))},
            {u"analysis"_s, event.analysis},
            {u"timestamp"_s, QString::number(event.timestamp)},
            {u"distribution"_s, event.distribution},
            {u"proposal_email_lock"_s, false},
            {u"locked"_s, false},
            {u"publish_timestamp"_s, QString::number(event.publishTimestamp)},
            {u"sharing_group_id"_s, event.sharingGroupId},
            {u"disable_correlation"_s, false},
            {u"extends_uuid"_s, u""_s},
            {u"protected"_s, QJsonValue::Null},
            {u"event_creator_email"_s, CREATOR_EMAIL},
            {u"Org"_s, org()},
            {u"Orgc"_s, org()},
            {u"RelatedEvent"_s, QJsonArray()},
            {u"Galaxy"_s, QJsonArray()},
            {u"CryptographicKey"_s, QJsonArray()},
    };
    if (!metadata) {
        QJsonArray attributes;
        for (const Attribute &attribute : event.attributes) {
            if (live(attribute)) {
                attributes.append(attributeInEventJson(attribute));
            }
        }
        e.insert(u"Attribute"_s, attributes);
        e.insert(u"ShadowAttribute"_s, QJsonArray());
        e.insert(u"Object"_s, QJsonArray());
        e.insert(u"EventReport"_s, QJsonArray());
    }
    if (!event.tagIds.isEmpty()) {
        e.insert(u"Tag"_s, tagsJson(event.tagIds)); // absent, not empty, when there are none
    }
    return QJsonObject{{u"Event"_s, e}};
}

// An attribute inside an event (view, add, edit, restSearch).
QJsonObject FakeMispServer::attributeInEventJson(const Attribute &attribute) const
{
    QJsonObject a{
            {u"id"_s, QString::number(attribute.id)},
            {u"type"_s, attribute.type},
            {u"category"_s, attribute.category},
            {u"to_ids"_s, attribute.toIds},
            {u"uuid"_s, attribute.uuid},
            {u"event_id"_s, QString::number(attribute.eventId)},
            {u"distribution"_s, attribute.distribution},
            {u"timestamp"_s, QString::number(attribute.timestamp)},
            {u"comment"_s, attribute.comment},
            {u"sharing_group_id"_s, attribute.sharingGroupId},
            {u"deleted"_s, attribute.deleted},
            {u"disable_correlation"_s, attribute.disableCorrelation},
            {u"object_id"_s, u"0"_s},
            {u"object_relation"_s, QJsonValue::Null},
            {u"first_seen"_s, attribute.firstSeen},
            {u"last_seen"_s, attribute.lastSeen},
            {u"value"_s, attribute.value},
            {u"Galaxy"_s, QJsonArray()},
            {u"ShadowAttribute"_s, QJsonArray()},
    };
    if (!attribute.tagIds.isEmpty()) {
        a.insert(u"Tag"_s, tagsJson(attribute.tagIds));
    }
    return a;
}

// An attribute as attributes/add answers it: with value1/value2, without the event's lists.
QJsonObject FakeMispServer::attributeJson(const Attribute &attribute) const
{
    const qsizetype bar = attribute.type.contains(u'|') ? attribute.value.indexOf(u'|') : -1;
    return QJsonObject{
            {u"id"_s, QString::number(attribute.id)},
            {u"event_id"_s, QString::number(attribute.eventId)},
            {u"object_id"_s, u"0"_s},
            {u"object_relation"_s, QJsonValue::Null},
            {u"category"_s, attribute.category},
            {u"type"_s, attribute.type},
            {u"value1"_s, bar < 0 ? attribute.value : attribute.value.left(bar)},
            {u"value2"_s, bar < 0 ? QString() : attribute.value.mid(bar + 1)},
            {u"to_ids"_s, attribute.toIds},
            {u"uuid"_s, attribute.uuid},
            {u"timestamp"_s, QString::number(attribute.timestamp)},
            {u"distribution"_s, attribute.distribution},
            {u"sharing_group_id"_s, attribute.sharingGroupId},
            {u"comment"_s, attribute.comment},
            {u"deleted"_s, attribute.deleted},
            {u"disable_correlation"_s, attribute.disableCorrelation},
            {u"first_seen"_s, attribute.firstSeen},
            {u"last_seen"_s, attribute.lastSeen},
            {u"value"_s, attribute.value},
    };
}

QJsonObject FakeMispServer::attributeSearchJson(const Attribute &attribute,
                                                const Event &event,
                                                bool withEventTags,
                                                bool withEventUuid) const
{
    QJsonObject a{
            {u"id"_s, QString::number(attribute.id)},
            {u"event_id"_s, QString::number(attribute.eventId)},
            {u"object_id"_s, u"0"_s},
            {u"object_relation"_s, QJsonValue::Null},
            {u"category"_s, attribute.category},
            {u"type"_s, attribute.type},
            {u"to_ids"_s, attribute.toIds},
            {u"uuid"_s, attribute.uuid},
            {u"timestamp"_s, QString::number(attribute.timestamp)},
            {u"distribution"_s, attribute.distribution},
            {u"sharing_group_id"_s, attribute.sharingGroupId},
            {u"comment"_s, attribute.comment},
            {u"deleted"_s, attribute.deleted},
            {u"disable_correlation"_s, attribute.disableCorrelation},
            {u"first_seen"_s, attribute.firstSeen},
            {u"last_seen"_s, attribute.lastSeen},
            {u"value"_s, attribute.value},
            {u"Event"_s,
             QJsonObject{{u"org_id"_s, u"1"_s},
                         {u"distribution"_s, event.distribution},
                         {u"publish_timestamp"_s, QString::number(event.publishTimestamp)},
                         {u"id"_s, QString::number(event.id)},
                         {u"info"_s, event.info},
                         {u"orgc_id"_s, u"1"_s},
                         {u"uuid"_s, event.uuid}}},
    };
    // The attribute's own tags (attachTagsToAttributes), then the event's (JsonExport marks
    // them inherited).
    QJsonArray tags;
    for (const int id : attribute.tagIds) {
        if (const Tag *tag = tagById(id)) {
            tags.append(QJsonObject{{u"id"_s, QString::number(tag->id)},
                                    {u"name"_s, tag->name},
                                    {u"colour"_s, tag->colour},
                                    {u"numerical_value"_s, QJsonValue::Null},
                                    {u"is_galaxy"_s, tag->name.startsWith(u"misp-galaxy:"_s)},
                                    {u"local"_s, false}});
        }
    }
    for (const int id : withEventTags ? event.tagIds : QList<int>()) {
        if (const Tag *tag = tagById(id)) {
            tags.append(QJsonObject{{u"id"_s, QString::number(tag->id)},
                                    {u"name"_s, tag->name},
                                    {u"colour"_s, tag->colour},
                                    {u"numerical_value"_s, QJsonValue::Null},
                                    {u"inherited"_s, 1}});
        }
    }
    if (!tags.isEmpty()) {
        a.insert(u"Tag"_s, tags);
    }
    if (withEventUuid) {
        a.insert(u"event_uuid"_s, event.uuid);
    }
    return a;
}

QJsonObject FakeMispServer::tagJson(const Tag &tag) const
{
    return QJsonObject{
            {u"id"_s, QString::number(tag.id)},
            {u"name"_s, tag.name},
            {u"colour"_s, tag.colour},
            {u"exportable"_s, true},
            {u"user_id"_s, u"0"_s},
            {u"hide_tag"_s, false},
            {u"numerical_value"_s, QJsonValue::Null},
            {u"is_galaxy"_s, tag.name.startsWith(u"misp-galaxy:"_s)},
            {u"is_custom_galaxy"_s, false},
            {u"local_only"_s, false},
            {u"local"_s, false},
            {u"relationship_type"_s, QJsonValue::Null},
    };
}

QJsonArray FakeMispServer::tagsJson(const QList<int> &ids) const
{
    QJsonArray tags;
    for (const int id : ids) {
        if (const Tag *tag = tagById(id)) {
            tags.append(tagJson(*tag));
        }
    }
    return tags;
}

qint64 FakeMispServer::now() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

qint64 FakeMispServer::nextTimestamp(qint64 previous) const
{
    return std::max(now(), previous + 1);
}

void FakeMispServer::touch(Event &event) const
{
    event.timestamp = nextTimestamp(event.timestamp);
    event.published = false;
}
