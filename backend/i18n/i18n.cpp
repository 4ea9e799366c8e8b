#include "i18n.h"

#include <QCoreApplication>
#include <QTranslator>

bool I18n::install(const QString &language)
{
    if (language != QLatin1String("sv"))
        return true;
    bool ok = true;
    // The app's strings, then Qt's dialog buttons (Debian's Qt 6.4 ships no Swedish for them).
    for (const QString &name : {QStringLiteral(":/i18n/enhetspuls_sv.qm"), QStringLiteral(":/i18n/qt_sv_extra.qm")}) {
        auto *t = new QTranslator(QCoreApplication::instance());
        if (t->load(name))
            QCoreApplication::installTranslator(t);
        else
            ok = false;
    }
    return ok;
}
