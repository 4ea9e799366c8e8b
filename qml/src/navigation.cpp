#include "navigation.h"

namespace {
Navigation *s_instance = nullptr;
} // namespace

Navigation::Navigation(QObject *parent) : QObject(parent)
{
    s_instance = this;
}

Navigation::~Navigation()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Navigation *Navigation::instance()
{
    return s_instance;
}

Navigation *Navigation::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Navigation::setPage(const QString &page)
{
    if (page == m_page)
        return;
    m_page = page;
    emit pageChanged();
}
