#include "render/label_tables.hpp"

namespace cr::render {

namespace {

using Table = std::map<std::string, std::string, std::less<>>;

const Table& english() {
  static const Table t = {
      {"featureComparison", "Feature comparison"},
      {"caption", "{a} vs {b}: feature by feature"},
      {"feature", "Feature"},
      {"winner", "Winner"},
      {"tie", "Tie"},
      {"noVerdict", "No verdict"},
      {"notStated", "Not stated"},
      {"winnerMarker", "(winner)"},
      {"published", "Published"},
      {"updated", "Updated"},
      {"emptyMatrix", "No features were compared."},
      {"table", "Table"},
      {"taskDone", "Done:"},
      {"taskOpen", "To do:"},
      {"optionA", "Option A"},
      {"optionB", "Option B"},
      {"summaryLead.one", "{leader} leads in {count} of {total} feature, {other} in {otherCount}"},
      {"summaryLead.other", "{leader} leads in {count} of {total} features, {other} in {otherCount}"},
      {"summaryLeadAlone.one", "{leader} leads in {count} of {total} feature"},
      {"summaryLeadAlone.other", "{leader} leads in {count} of {total} features"},
      {"summaryEven.one", "{a} and {b} each lead in {count} of {total} feature"},
      {"summaryEven.other", "{a} and {b} each lead in {count} of {total} features"},
      {"summaryNone.one", "Neither option leads in the one feature compared"},
      {"summaryNone.other", "Neither option leads in any of the {total} features"},
      {"summaryTies.one", "{count} tie"},
      {"summaryTies.other", "{count} ties"},
      {"summaryNoVerdict.one", "{count} without a verdict"},
      {"summaryNoVerdict.other", "{count} without a verdict"},
      {"summarySeparator", "; "},
      {"summaryEnd", "."},
      {"date", "{day} {month} {year}"},
      {"month.1", "January"}, {"month.2", "February"}, {"month.3", "March"}, {"month.4", "April"},
      {"month.5", "May"}, {"month.6", "June"}, {"month.7", "July"}, {"month.8", "August"},
      {"month.9", "September"}, {"month.10", "October"}, {"month.11", "November"}, {"month.12", "December"},
  };
  return t;
}

}  // namespace

const Table& label_table(std::string_view language) {
  (void)language;
  return english();
}

}  // namespace cr::render
