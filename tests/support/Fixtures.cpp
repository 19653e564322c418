#include "tests/support/Fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>
#include <QtGlobal>

using namespace Qt::StringLiterals;

#ifndef OTXDESK_SOURCE_DIR
#error "OTXDESK_SOURCE_DIR must name the source tree (set by tests/support/CMakeLists.txt)"
#endif

namespace Fixtures {

QString root()
{
    const QString fromEnv = qEnvironmentVariable("OTXDESK_FIXTURES");
    if (!fromEnv.isEmpty()) {
        return QDir::cleanPath(QDir(fromEnv).absolutePath());
    }
    const QString sourceDir = QString::fromUtf8(OTXDESK_SOURCE_DIR);
    return QDir::cleanPath(sourceDir + u"/../shared/fixtures"_s);
}

bool available()
{
    return QFileInfo(root() + u"/otx/pulses"_s).isDir();
}

QJsonDocument load(const QString &relativePath)
{
    const QString path = root() + u'/' + relativePath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "Fixture could not be opened:" << path << file.errorString();
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning().noquote() << "Fixture is not valid JSON:" << path << error.errorString()
                             << "at offset" << error.offset;
        return {};
    }
    return doc;
}

QString missingMessage()
{
    return u"OTX fixtures not found in %1; set OTXDESK_FIXTURES to the shared fixtures folder "
           "(the one holding otx/pulses)."_s.arg(QDir::toNativeSeparators(root()));
}

QJsonObject fieldCase(const QString &name)
{
    const QString path = QDir::cleanPath(root() + u"/../field-cases/"_s + name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "Field case could not be opened:" << path << file.errorString();
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool underCi()
{
    const QString ci = qEnvironmentVariable("CI").trimmed();
    return ci.compare(u"true"_s, Qt::CaseInsensitive) == 0 || ci == u"1"_s;
}

} // namespace Fixtures
