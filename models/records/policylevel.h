#pragma once

#include <QString>
#include <QStringView>

// Administrative level of the government behind a policy event, derived from its region.
enum class PolicyLevel { Central, Provincial, Municipal, Other };

namespace PolicyLevels {
// Every level, from the top of government down: the order of lanes, filters and legends.
inline constexpr PolicyLevel all[]
    = {PolicyLevel::Central, PolicyLevel::Provincial, PolicyLevel::Municipal, PolicyLevel::Other};
// Central government, provinces (省, 自治区), cities (市, 州, 县, 区); anything else is Other.
PolicyLevel fromRegionName(QStringView regionZh);
QString name(PolicyLevel level);
PolicyLevel fromName(QStringView name, bool *ok = nullptr);
} // namespace PolicyLevels
