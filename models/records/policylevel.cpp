#include "policylevel.h"

namespace PolicyLevels {

PolicyLevel fromRegionName(QStringView regionZh)
{
    const QStringView region = regionZh.trimmed();
    if (region.contains(u"中央") || region.startsWith(u"国务院") || region.startsWith(u"国家")
        || region.startsWith(u"全国"))
        return PolicyLevel::Central;
    if (region.endsWith(u'省') || region.endsWith(u"自治区") || region.endsWith(u"特别行政区"))
        return PolicyLevel::Provincial;
    if (region.endsWith(u'市') || region.endsWith(u'州') || region.endsWith(u'县') || region.endsWith(u'区'))
        return PolicyLevel::Municipal;
    return PolicyLevel::Other;
}

QString name(PolicyLevel level)
{
    switch (level) {
    case PolicyLevel::Central:
        return QStringLiteral("central");
    case PolicyLevel::Provincial:
        return QStringLiteral("provincial");
    case PolicyLevel::Municipal:
        return QStringLiteral("municipal");
    case PolicyLevel::Other:
        return QStringLiteral("other");
    }
    return {};
}

PolicyLevel fromName(QStringView levelName, bool *ok)
{
    for (PolicyLevel level : all) {
        if (levelName == name(level)) {
            if (ok)
                *ok = true;
            return level;
        }
    }
    if (ok)
        *ok = false;
    return PolicyLevel::Other;
}

} // namespace PolicyLevels
