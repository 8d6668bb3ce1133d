// What the family-watch back office calls the service's codes (command types and states, feed
// event types, audit actions): staff read Chinese, the database and the API keep the codes. An
// unknown code is shown as it is, so a new one is never hidden.
#pragma once
#include <string>
#include <utility>

namespace admin_ui {

namespace detail {
template <size_t N>
std::string label(const std::pair<const char*, const char*> (&table)[N], const std::string& code) {
  for (const auto& [k, v] : table)
    if (code == k) return v;
  return code;
}
}  // namespace detail

inline std::string command_label(const std::string& type) {
  static const std::pair<const char*, const char*> t[] = {
      {"locate", "立即定位"}, {"message", "文字消息"}, {"phonebook", "同步通讯录"},
      {"sos", "SOS 号码"},    {"alarms", "同步闹钟"},  {"lowbat", "低电提醒"},
      {"upload", "上传间隔"}, {"poweroff", "关机"},    {"reset", "重启"},
      {"voice", "语音消息"},  {"story", "故事"},       {"bindcode", "绑定码"}};
  return detail::label(t, type);
}

inline std::string command_status_label(const std::string& status) {
  static const std::pair<const char*, const char*> t[] = {{"queued", "待发送"},
                                                          {"sent", "已发送"},
                                                          {"acked", "已确认"},
                                                          {"replaced", "已被新指令替换"},
                                                          {"expired", "已过期"}};
  return detail::label(t, status);
}

inline std::string event_label(const std::string& type) {
  static const std::pair<const char*, const char*> t[] = {{"online", "上线"},
                                                          {"offline", "离线"},
                                                          {"sos", "SOS 求救"},
                                                          {"low_battery", "低电量"},
                                                          {"strap_removed", "脱腕"},
                                                          {"fall", "摔倒"},
                                                          {"geofence_enter", "进入地点"},
                                                          {"geofence_exit", "离开地点"},
                                                          {"member_joined", "成员加入"},
                                                          {"member_left", "成员退出"},
                                                          {"member_removed", "成员被移除"},
                                                          {"device_bound", "绑定手表"},
                                                          {"device_unbound", "解绑手表"},
                                                          {"message", "家庭圈消息"}};
  return detail::label(t, type);
}

inline std::string audit_action_label(const std::string& action) {
  static const std::pair<const char*, const char*> t[] = {
      {"command", "发送指令"},
      {"alarms", "修改闹钟"},
      {"story", "发送故事"},
      {"bind", "绑定手表"},
      {"unbind", "解绑手表"},
      {"remove_member", "移除成员"},
      {"leave", "退出家庭圈"},
      {"story_add", "上传故事"},
      {"story_delete", "删除故事"},
      {"story_category_add", "添加故事分类"},
      {"story_category_delete", "删除故事分类"}};
  return detail::label(t, action);
}

}  // namespace admin_ui
