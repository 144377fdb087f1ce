#pragma once

#include <QString>
#include <QStringView>

// Administrative level of the government behind a policy event, derived from its region.
enum class PolicyLevel { Central, Provincial, Municipal, Other };

namespace PolicyLevels {
// Central government, provinces (省, 自治区), cities (市, 州, 县, 区); anything else is Other.
PolicyLevel fromRegionName(QStringView regionZh);
QString name(PolicyLevel level);
PolicyLevel fromName(QStringView name, bool *ok = nullptr);
}
