// Event extraction on short news passages: meetings, direct quotations and
// proposals, each case a passage written for this test in the style of an
// agency (TASS, Reuters, AP, Xinhua), an official readout or ordinary prose,
// with the events a careful reader would record from it.
//
// A case passes when every expected event is found and no more events of any
// type are found than expected. Cases the extractor gets wrong today are kept,
// unchanged, in a second table (known gaps) that runs under doctest::may_fail:
// they are reported but do not fail the build. When an extractor change makes
// a known gap pass, the test says so: move the case to the first table.

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "newskg/error.hpp"
#include "newskg/extract/extractor.hpp"
#include "newskg/extract/model.hpp"
#include "newskg/ingest/ingest.hpp"
#include "newskg/lexicon/knowledge.hpp"
#include "newskg/lexicon/words.hpp"

using namespace newskg;

namespace {

constexpr bool HELD = false;
constexpr bool PLANNED = true;

struct ExpectedMeeting {
  std::string kind;
  std::vector<std::string> participants;  // each must be among the meeting's participants
  std::string date;                       // YYYY-MM-DD, YYYY-MM or empty
  std::string place;                      // checked when not empty
  bool planned = HELD;
};

struct ExpectedStatement {
  std::string speaker;
  std::string opening;  // the quotation starts with these words
};

struct ExpectedProposal {
  std::string proposer;
  std::string modality;   // "proposed" or "may-consider"
  std::string word;       // appears in the proposal text
  std::string addressee = {};  // among the proposal's addressees; not checked when empty
};

struct Case {
  std::string name;
  std::string date;  // the article's publication date
  std::string text;  // "Headline\n\nBody"
  std::vector<ExpectedMeeting> meetings;
  std::vector<ExpectedStatement> statements;
  std::vector<ExpectedProposal> proposals;
};

// ---------------------------------------------------------------------------
// Passages the extractor reads correctly.
// ---------------------------------------------------------------------------
const std::vector<Case>& passing_cases() {
  static const std::vector<Case> cases = {
      // --- Telephone and video calls -------------------------------------------------------
      {"tass-phone-putin-erdogan", "2023-03-03",
       "Putin, Erdogan discuss Black Sea grain corridor by phone\n\n"
       "MOSCOW, March 3. /TASS/. Russian President Vladimir Putin had a telephone conversation with Turkish "
       "President Recep Tayyip Erdogan on Friday, the Kremlin press service said. The two leaders discussed the "
       "situation around the Black Sea grain corridor.",
       {{"phone-call", {"Vladimir Putin", "Recep Tayyip Erdogan"}, "2023-03-03", "", HELD}},
       {},
       {}},
      {"kremlin-readout-putin-modi", "2024-06-11",
       "Telephone conversation with Prime Minister of India Narendra Modi\n\n"
       "Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi. Vladimir Putin "
       "warmly congratulated Narendra Modi on his party's success in the parliamentary elections. The leaders "
       "reaffirmed their mutual commitment to further strengthening the special and privileged strategic "
       "partnership.",
       {{"phone-call", {"Vladimir Putin", "Narendra Modi"}, "2024-06-11", "", HELD}},
       {},
       {}},
      {"state-readout-blinken-kuleba", "2023-05-16",
       "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba\n\n"
       "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. The "
       "Secretary reaffirmed the United States' steadfast support for Ukraine and discussed preparations for the "
       "upcoming NATO Summit in Vilnius.",
       {{"phone-call", {"Antony J. Blinken", "Dmytro Kuleba"}, "2023-05-16", "", HELD},
        {"summit", {"NATO"}, "", "Vilnius", PLANNED}},
       {},
       {}},
      {"reuters-phone-scholz-macron", "2023-10-11",
       "Scholz and Macron discuss Middle East\n\n"
       "BERLIN, Oct 11 (Reuters) - German Chancellor Olaf Scholz and French President Emmanuel Macron spoke by "
       "phone on Wednesday about the situation in the Middle East, a German government spokesperson said.",
       {{"phone-call", {"Olaf Scholz", "Emmanuel Macron"}, "2023-10-11", "", HELD}},
       {},
       {}},
      {"xinhua-virtual-meeting-xi-biden", "2021-11-16",
       "Xi, Biden hold virtual meeting\n\n"
       "BEIJING, Nov. 16 (Xinhua) -- Chinese President Xi Jinping held a virtual meeting with U.S. President Joe "
       "Biden on Tuesday morning Beijing time. The two heads of state had a candid, in-depth exchange of views on "
       "strategic issues.",
       {{"video-call", {"Xi Jinping", "Joe Biden"}, "2021-11-16", "", HELD}},
       {},
       {}},
      {"reuters-video-call-biden-putin", "2021-12-07",
       "Biden warns Putin of sanctions in video call\n\n"
       "WASHINGTON, Dec 7 (Reuters) - U.S. President Joe Biden told Russian President Vladimir Putin in a two-hour "
       "video call on Tuesday that the West would impose strong economic measures if Russia invaded Ukraine, the "
       "White House said.",
       {{"video-call", {"Joe Biden", "Vladimir Putin"}, "2021-12-07", "", HELD}},
       {},
       {}},
      // --- Talks, negotiations and consultations ----------------------------------------------
      {"xinhua-talks-xi-macron", "2023-04-06",
       "Xi holds talks with Macron\n\n"
       "BEIJING, April 6 (Xinhua) -- Chinese President Xi Jinping held talks with French President Emmanuel Macron "
       "in Beijing on Thursday. The two heads of state agreed to deepen cooperation in aviation, agriculture and "
       "civil nuclear energy.",
       {{"talks", {"Xi Jinping", "Emmanuel Macron"}, "2023-04-06", "Beijing", HELD}},
       {},
       {}},
      {"reuters-talks-rubio-lavrov-riyadh", "2025-02-18",
       "U.S. and Russian officials hold talks in Riyadh\n\n"
       "RIYADH, Feb 18 (Reuters) - U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov "
       "held talks in Riyadh on Tuesday, the first high-level meeting between the two countries since 2022. \"It "
       "was a very useful conversation,\" Lavrov told reporters afterwards.",
       {{"talks", {"Marco Rubio", "Sergei Lavrov"}, "2025-02-18", "Riyadh", HELD}},
       {{"Sergei Lavrov", "It was a very useful conversation"}},
       {}},
      {"local-mayor-rail-talks", "2024-01-26",
       "Mayor holds talks with rail operator over service cuts\n\n"
       "Mayor Daniel Whitmore held talks with executives of Northern Rail on Thursday about planned cuts to evening "
       "services. Whitmore said afterwards he had urged the company to delay the changes until the spring.",
       {{"talks", {"Daniel Whitmore"}, "2024-01-25", "", HELD}},
       {},
       {{"Daniel Whitmore", "proposed", "delay"}}},
      {"reuters-brexit-negotiations-planned", "2020-10-19",
       "Brexit negotiators to meet again this week\n\n"
       "BRUSSELS, Oct 19 (Reuters) - EU chief negotiator Michel Barnier and his British counterpart David Frost "
       "will resume negotiations in London on Thursday, a spokesman for the European Commission said on Monday.",
       {{"negotiations", {"Michel Barnier", "David Frost"}, "2020-10-22", "London", PLANNED}},
       {},
       {}},
      {"tass-consultations-ryabkov-jenkins", "2022-11-15",
       "Ryabkov, Jenkins hold consultations in Geneva\n\n"
       "GENEVA, November 15. /TASS/. Russian Deputy Foreign Minister Sergei Ryabkov held consultations with U.S. "
       "Under Secretary of State Bonnie Jenkins in Geneva on Tuesday on strategic stability issues, the Russian "
       "Foreign Ministry said.",
       {{"consultations", {"Sergei Ryabkov", "Bonnie Jenkins"}, "2022-11-15", "Geneva", HELD}},
       {},
       {}},
      {"reuters-talks-fidan-tehran-year-back", "2024-01-03",
       "Turkish, Iranian foreign ministers discuss Gaza\n\n"
       "ANKARA, Jan 3 (Reuters) - Turkish Foreign Minister Hakan Fidan held talks with Iranian Foreign Minister "
       "Hossein Amirabdollahian in Tehran on December 28, the Turkish Foreign Ministry said on Wednesday.",
       {{"talks", {"Hakan Fidan", "Hossein Amirabdollahian"}, "2023-12-28", "Tehran", HELD}},
       {},
       {}},
      {"tass-talks-and-earlier-meeting", "2024-01-29",
       "Putin holds talks with Lukashenko\n\n"
       "MOSCOW, January 29. /TASS/. Russian President Vladimir Putin held talks with Belarusian President "
       "Alexander Lukashenko in the Kremlin on Monday.\n\n"
       "Lukashenko met with Russian Prime Minister Mikhail Mishustin in Minsk last week.",
       {{"talks", {"Vladimir Putin", "Alexander Lukashenko"}, "2024-01-29", "", HELD},
        {"meeting", {"Alexander Lukashenko", "Mikhail Mishustin"}, "2024-01", "Minsk", HELD}},
       {},
       {}},
      // --- Meetings ---------------------------------------------------------------------------
      {"xinhua-meeting-xi-biden-filoli", "2023-11-15",
       "Xi, Biden meet in San Francisco\n\n"
       "SAN FRANCISCO, Nov. 15 (Xinhua) -- Chinese President Xi Jinping met with U.S. President Joe Biden at the "
       "Filoli estate near San Francisco on Wednesday. Xi said China and the United States should respect each "
       "other and pursue win-win cooperation.",
       {{"meeting", {"Xi Jinping", "Joe Biden"}, "2023-11-15", "", HELD}},
       {},
       // A call on both sides, as the corpus annotates demands ("X said Y should ...").
       {{"Xi Jinping", "proposed", "respect"}}},
      {"kremlin-readout-working-meeting-governor", "2024-04-23",
       "Meeting with Governor of Tver Region Igor Rudenya\n\n"
       "Vladimir Putin had a working meeting with Governor of Tver Region Igor Rudenya. The Governor briefed the "
       "President on the region's socio-economic situation.",
       {{"meeting", {"Vladimir Putin", "Igor Rudenya"}, "2024-04-23", "", HELD}},
       {},
       {}},
      {"reuters-invented-deputy-minister-unions", "2024-02-14",
       "Deputy minister meets unions over pension reform\n\n"
       "WARSAW, Feb 14 (Reuters) - Deputy Labour Minister Anna Kowalski met with trade union leaders in Warsaw on "
       "Monday to discuss the government's pension reform. The talks ended without agreement, a ministry spokesman "
       "said.",
       {{"meeting", {"Anna Kowalski"}, "2024-02-12", "Warsaw", HELD}},
       {},
       {}},
      {"ap-pope-receives-zelensky", "2023-05-14",
       "Pope receives Zelensky at the Vatican\n\n"
       "VATICAN CITY (AP) \xE2\x80\x94 Pope Francis received Ukrainian President Volodymyr Zelensky at the "
       "Vatican on Saturday for a 40-minute private audience.",
       {{"meeting", {"Pope Francis", "Volodymyr Zelensky"}, "2023-05-13", "", HELD}},
       {},
       {}},
      {"reuters-baerbock-wang-meeting-quote", "2023-04-14",
       "Baerbock warns China over Taiwan\n\n"
       "BEIJING, April 14 (Reuters) - German Foreign Minister Annalena Baerbock met her Chinese counterpart Wang Yi "
       "in Beijing on Friday. \"A military escalation in the Taiwan Strait would be a horror scenario for the whole "
       "world,\" Baerbock told reporters.",
       {{"meeting", {"Annalena Baerbock", "Wang Yi"}, "2023-04-14", "Beijing", HELD}},
       {{"Annalena Baerbock", "A military escalation"}},
       {}},
      {"tass-lukashenko-putin-planned-date", "2022-12-20",
       "Lukashenko, Putin to meet in St. Petersburg\n\n"
       "MINSK, December 20. /TASS/. Belarusian President Alexander Lukashenko and Russian President Vladimir Putin "
       "will meet in St. Petersburg on December 26, Lukashenko's press service said.",
       {{"meeting", {"Alexander Lukashenko", "Vladimir Putin"}, "2022-12-26", "St. Petersburg", PLANNED}},
       {},
       {}},
      // --- Summits ----------------------------------------------------------------------------
      {"ap-geneva-summit-press-conference", "2021-06-16",
       "Biden and Putin hold first summit in Geneva\n\n"
       "GENEVA (AP) \xE2\x80\x94 President Joe Biden and Russian President Vladimir Putin met for nearly four hours "
       "at a lakeside villa in Geneva on Wednesday. Putin told a news conference afterwards: \xE2\x80\x9CThere was "
       "no hostility.\xE2\x80\x9D",
       {{"summit", {"Joe Biden", "Vladimir Putin"}, "2021-06-16", "Geneva", HELD},
        {"press-conference", {"Vladimir Putin"}, "2021-06-16", "", HELD}},
       {{"Vladimir Putin", "There was no hostility"}},
       {}},
      {"eu-extraordinary-summit-planned", "2025-03-02",
       "EU leaders to hold extraordinary summit on defence\n\n"
       "BRUSSELS, March 2 (Reuters) - The leaders of the European Union will hold an extraordinary summit in "
       "Brussels on March 6 to discuss defence spending, European Council President Antonio Costa said on Sunday.",
       {{"summit", {"European Union"}, "2025-03-06", "Brussels", PLANNED}},
       {},
       {}},
      // --- Briefings, press conferences, interviews ----------------------------------------------
      {"ap-state-department-briefing", "2024-01-08",
       "US rejects calls to resettle Palestinians outside Gaza\n\n"
       "WASHINGTON (AP) \xE2\x80\x94 State Department spokesman Matthew Miller took questions at the daily briefing "
       "on Monday. \xE2\x80\x9CWe have been clear that there can be no forcible displacement of Palestinians from "
       "Gaza,\xE2\x80\x9D Miller said.",
       {{"briefing", {"Matthew Miller"}, "2024-01-08", "", HELD}},
       {{"Matthew Miller", "We have been clear"}},
       {}},
      {"invented-press-conference-planned", "2024-03-12",
       "Health minister to present vaccination results\n\n"
       "Health Minister Sarah Okafor will give a press conference on Friday on the results of the national "
       "vaccination campaign, her office said on Tuesday.",
       {{"press-conference", {"Sarah Okafor"}, "2024-03-15", "", PLANNED}},
       {},
       {}},
      {"reuters-zelenskiy-interview-quote", "2024-11-20",
       "Zelenskiy says Ukraine cannot lose the war\n\n"
       "KYIV, Nov 20 (Reuters) - \xE2\x80\x9CWe cannot lose this war,\xE2\x80\x9D Ukrainian President Volodymyr "
       "Zelenskiy said in an interview with Reuters on Wednesday.",
       {{"interview", {"Volodymyr Zelenskiy"}, "2024-11-20", "", HELD}},
       {{"Volodymyr Zelenskiy", "We cannot lose this war"}},
       {}},
      // --- Visits -----------------------------------------------------------------------------
      {"tass-modi-official-visit", "2024-07-08",
       "Modi arrives in Moscow\n\n"
       "MOSCOW, July 8. /TASS/. Indian Prime Minister Narendra Modi has arrived in Moscow on an official visit, his "
       "first since his re-election.",
       {{"visit", {"Narendra Modi"}, "2024-07-08", "Moscow", HELD}},
       {},
       {}},
      {"invented-trade-minister-visit-next-week", "2024-05-29",
       "Swedish trade minister to visit Japan\n\n"
       "STOCKHOLM, May 29 (Reuters) - Swedish Trade Minister Peter Lindqvist will visit Tokyo next week to promote "
       "cooperation in green steel and batteries, the government said.",
       {{"visit", {"Peter Lindqvist"}, "2024-06", "Tokyo", PLANNED}},
       {},
       {}},
      // --- Sessions and conferences ----------------------------------------------------------------
      {"ap-unsc-emergency-session-planned", "2025-01-24",
       "UN Security Council to meet on Congo\n\n"
       "UNITED NATIONS (AP) \xE2\x80\x94 The U.N. Security Council will hold an emergency session on Monday to "
       "discuss the escalating violence in eastern Congo, diplomats said Friday.",
       {{"session", {"U.N. Security Council"}, "2025-01-27", "", PLANNED}},
       {},
       {}},
      {"tass-lavrov-unga-session", "2024-09-28",
       "Lavrov addresses UN General Assembly\n\n"
       "NEW YORK, September 28. /TASS/. Russian Foreign Minister Sergei Lavrov addressed the 79th session of the UN "
       "General Assembly on Saturday. \"The West has declared a war of attrition on us,\" Lavrov said from the "
       "rostrum.",
       {{"session", {"Sergei Lavrov", "UN General Assembly"}, "2024-09-28", "", HELD}},
       {{"Sergei Lavrov", "The West has declared"}},
       {}},
      // --- Structure: subjects, objects, conjuncts, agents, "the two", demonym sides (issue 11) ----
      {"readout-phone-lead-undated", "2024-03-14",
       "Telephone conversation with Prime Minister of Sweden\n\n"
       "President Tomas Varga had a telephone conversation with Prime Minister of Sweden Lena Holm. The two "
       "leaders discussed energy cooperation and the situation in the Baltic region.",
       {{"phone-call", {"Tomas Varga", "Lena Holm"}, "2024-03-14", "", HELD}},
       {},
       {}},
      {"wire-conjoined-subjects-met-tuesday", "2024-03-14",
       "Finnish and Estonian ministers meet in Tallinn\n\n"
       "TALLINN, March 14 (Reuters) - Finnish Foreign Minister Mikko Salonen and Estonian Foreign Minister Kaja "
       "Tamm met in Tallinn on Tuesday to discuss ferry links, the Estonian ministry said on Thursday.",
       {{"meeting", {"Mikko Salonen", "Kaja Tamm"}, "2024-03-12", "Tallinn", HELD}},
       {},
       {}},
      {"wire-met-object-counterpart-appos", "2024-09-12",
       "Lithuanian minister meets Polish counterpart\n\n"
       "VILNIUS, Sept 12 (Reuters) - Lithuanian Defence Minister Jonas Petraitis met his Polish counterpart Marek "
       "Nowicki in Vilnius on Wednesday.",
       {{"meeting", {"Jonas Petraitis", "Marek Nowicki"}, "2024-09-11", "Vilnius", HELD}},
       {},
       {}},
      {"ministry-passive-received-by", "2023-11-08",
       "Ambassador received at the Foreign Ministry\n\n"
       "The Ambassador of Chile, Ricardo Montes, was received on Monday by Deputy Foreign Minister Petra Novak.",
       {{"meeting", {"Ricardo Montes", "Petra Novak"}, "2023-11-06", "", HELD}},
       {},
       {}},
      {"presidency-hosted-object", "2025-02-20",
       "President hosts Kenyan counterpart\n\n"
       "President Daniel Okafor hosted President William Mwangi at the State House on Wednesday.",
       {{"meeting", {"Daniel Okafor", "William Mwangi"}, "2025-02-19", "", HELD}},
       {},
       {}},
      {"wire-spoke-by-phone-conjoined", "2022-10-05",
       "Dutch and Belgian premiers speak by phone\n\n"
       "THE HAGUE, Oct 5 (Reuters) - Dutch Prime Minister Pieter de Groot and Belgian Prime Minister Luc Janssens "
       "spoke by phone on Tuesday about gas prices, a Dutch government spokesman said.",
       {{"phone-call", {"Pieter de Groot", "Luc Janssens"}, "2022-10-04", "", HELD}},
       {},
       {}},
      {"wire-he-met-previous-sentence", "2024-09-12",
       "Slovak minister in Berlin\n\n"
       "BERLIN, Sept 12 (Reuters) - Slovak Foreign Minister Martin Kollar arrived in Berlin on Thursday. He met "
       "German Economy Minister Klaus Richter in the afternoon.",
       {{"meeting", {"Martin Kollar", "Klaus Richter"}, "2024-09-12", "", HELD}},
       {},
       {}},
      {"wire-arrived-and-met-shared-subject", "2023-11-08",
       "Hungarian minister visits Belgrade\n\n"
       "BELGRADE, Nov 8 (Reuters) - Hungarian Foreign Minister Gabor Szabo arrived in Belgrade on Tuesday and met "
       "Serbian President Dragan Petrovic.",
       {{"meeting", {"Gabor Szabo", "Dragan Petrovic"}, "2023-11-07", "", HELD}},
       {},
       {}},
      // --- Structure: status (held, scheduled, proposed) from auxiliaries and governors ------------
      {"wire-agreed-to-hold-talks-in-may", "2024-03-14",
       "Georgian and Armenian ministers to hold talks\n\n"
       "TBILISI, March 14 (Reuters) - Georgian Foreign Minister Levan Beridze and Armenian Foreign Minister Aram "
       "Hakobyan agreed to hold talks in Yerevan in May.",
       {{"talks", {"Levan Beridze", "Aram Hakobyan"}, "2024-05", "Yerevan", PLANNED}},
       {},
       {}},
      {"wire-could-meet-is-no-meeting", "2025-02-20",
       "Leaders could meet later this year\n\n"
       "PARIS, Feb 20 (Reuters) - French President Louis Martin said on Thursday that he could meet Brazilian "
       "President Paulo Souza later this year.",
       {},
       {},
       {}},
      {"wire-hoped-to-visit-is-no-meeting", "2024-06-27",
       "Minister hopes to visit Tokyo\n\n"
       "CANBERRA, June 27 (Reuters) - Australian Trade Minister Sarah Collins hopes to visit Japan before the "
       "end of the year, her spokesman said.",
       {},
       {},
       {}},
      {"wire-regular-meetings-are-no-meeting", "2024-03-14",
       "Ministers keep in touch\n\n"
       "Interior Minister Anna Berg holds regular meetings with regional police chiefs.",
       {},
       {},
       {}},
      {"wire-previous-meeting-undated", "2024-09-12",
       "Ministers meet again\n\n"
       "ROME, Sept 12 (Reuters) - Italian Foreign Minister Paolo Greco met Greek Foreign Minister Nikos "
       "Papadakis in Rome on Thursday. Their previous meeting took place in Athens.",
       {{"meeting", {"Paolo Greco", "Nikos Papadakis"}, "2024-09-12", "Rome", HELD}},
       {},
       {}},
      // --- Structure: dates and places through the event word's own dependents --------------------
      {"wire-two-meetings-two-dates", "2024-03-14",
       "Busy week for Latvian minister\n\n"
       "RIGA, March 14 (Reuters) - Latvian Foreign Minister Janis Ozols met Lithuanian Foreign Minister Tomas "
       "Kazlauskas on Monday. Ozols held talks with Estonian Foreign Minister Mart Kask on Wednesday.",
       {{"meeting", {"Janis Ozols", "Tomas Kazlauskas"}, "2024-03-11", "", HELD},
        {"talks", {"Janis Ozols", "Mart Kask"}, "2024-03-13", "", HELD}},
       {},
       {}},
      {"wire-yesterday-talks-in-city", "2025-02-20",
       "Talks in Ankara\n\n"
       "ANKARA, Feb 20 (Reuters) - Turkish Foreign Minister Emre Yildiz held talks with Iraqi Foreign Minister "
       "Ali Hassan in Ankara yesterday.",
       {{"talks", {"Emre Yildiz", "Ali Hassan"}, "2025-02-19", "Ankara", HELD}},
       {},
       {}},
      {"wire-video-conference-month", "2024-09-12",
       "Ministers held video conference in August\n\n"
       "Spanish Health Minister Carmen Ruiz and Italian Health Minister Giulia Conti held a video conference in "
       "August on vaccine supplies.",
       {{"video-call", {"Carmen Ruiz", "Giulia Conti"}, "2024-08", "", HELD}},
       {},
       {}},
      // --- Briefings, interviews and visits ---------------------------------------------------
      {"ministry-briefing-spokesperson-lead", "2023-11-08",
       "Foreign Ministry spokesperson briefing\n\n"
       "Foreign Ministry spokesperson Olga Petrenko held a briefing for journalists on Wednesday.",
       {{"briefing", {"Olga Petrenko"}, "2023-11-08", "", HELD}},
       {},
       {}},
      {"wire-press-conference-after-talks", "2024-06-27",
       "Leaders speak to press\n\n"
       "WARSAW, June 27 (Reuters) - Polish President Adam Wojcik and Czech President Jan Novotny held talks in "
       "Warsaw on Thursday.",
       {{"talks", {"Adam Wojcik", "Jan Novotny"}, "2024-06-27", "Warsaw", HELD}},
       {},
       {}},
      {"wire-visit-planned-next-month", "2024-03-14",
       "Belgian king to visit Canada\n\n"
       "BRUSSELS, March 14 (Reuters) - Belgian Foreign Minister Sophie Lambert will visit Canada in April.",
       {{"visit", {"Sophie Lambert"}, "2024-04", "", PLANNED}},
       {},
       {}},
      {"transcript-interview-named-outlet", "2025-02-20",
       "Minister gives interview\n\n"
       "Swiss Foreign Minister Beat Keller gave an interview to the newspaper Le Temps on Wednesday.",
       {{"interview", {"Beat Keller"}, "2025-02-19", "", HELD}},
       {},
       {}},
      // --- Sides without a named person ---------------------------------------------------------
      {"wire-demonym-delegations-conjoined", "2024-09-12",
       "Serbian and Albanian delegations meet in Brussels\n\n"
       "BRUSSELS, Sept 12 (Reuters) - The Serbian and Albanian delegations met in Brussels on Thursday for a new "
       "round of technical talks.",
       {{"meeting", {"Serbia", "Albania"}, "2024-09-12", "Brussels", HELD}},
       {},
       {}},
      {"wire-countries-hold-consultations", "2023-11-08",
       "Vietnam and Thailand hold consultations\n\n"
       "HANOI, Nov 8 (Reuters) - Vietnam and Thailand held political consultations in Hanoi on Tuesday.",
       {{"consultations", {"Vietnam", "Thailand"}, "2023-11-07", "Hanoi", HELD}},
       {},
       {}},
      {"wire-session-of-council-body", "2024-06-27",
       "Council meets on Sudan\n\n"
       "NEW YORK, June 27 (Reuters) - The U.N. Security Council held an emergency session on Sudan on Wednesday.",
       {{"session", {"U.N. Security Council"}, "2024-06-26", "", HELD}},
       {},
       {}},
      // --- Words that name no meeting here ------------------------------------------------------
      {"wire-negotiation-process-no-meeting", "2025-02-20",
       "Minister comments on process\n\n"
       "Danish Foreign Minister Lars Nielsen praised the negotiation process on Thursday.",
       {},
       {},
       {}},
      {"wire-meeting-room-compound-no-meeting", "2024-03-14",
       "Ministry renovates building\n\n"
       "The Finnish Foreign Ministry opened a new meeting room for visiting delegations on Monday.",
       {},
       {},
       {}},
      {"wire-offered-to-host-is-no-meeting", "2024-09-12",
       "Mediator offers venue\n\n"
       "GENEVA, Sept 12 (Reuters) - Swiss President Urs Meier offered on Thursday to host talks between Ethiopia "
       "and Eritrea in Geneva.",
       {},
       {},
       {{"Urs Meier", "proposed", "host"}}},
      {"wire-invited-to-visit-is-no-meeting", "2023-11-08",
       "Invitation extended\n\n"
       "Mongolian President Bat Erdene invited Kazakh President Nurlan Sadykov to visit Ulaanbaatar.",
       {},
       {},
       {{"Bat Erdene", "proposed", "visit"}}},
      {"wire-one-side-alone-no-meeting", "2024-06-27",
       "Cabinet meets on budget\n\n"
       "Slovenian officials met on Wednesday to discuss the budget.",
       {},
       {},
       {}},
      // Known gaps of the token-window finder that the structure reads right.
      {"ap-g7-hiroshima-summit", "2023-05-19",
       "G7 leaders gather in Hiroshima\n\n"
       "HIROSHIMA, Japan (AP) \xE2\x80\x94 Leaders of the Group of Seven wealthy democracies opened their annual "
       "summit in Hiroshima on Friday with a visit to the city's peace memorial park.",
       {{"summit", {"Group of Seven"}, "2023-05-19", "Hiroshima", HELD}},
       {},
       {}},
      {"tass-zakharova-briefing", "2024-03-20",
       "Zakharova: Moscow will respond to new EU sanctions\n\n"
       "MOSCOW, March 20. /TASS/. Russia will respond to any new sanctions imposed by the European Union, Russian "
       "Foreign Ministry spokeswoman Maria Zakharova said at a briefing on Wednesday. \"Our response will be "
       "proportionate and painful for Brussels,\" the diplomat stressed.",
       {{"briefing", {"Maria Zakharova"}, "2024-03-20", "", HELD}},
       {{"Maria Zakharova", "Our response will be proportionate"}},
       {}},
      {"wire-summit-scheduled-for", "2023-11-08",
       "Nordic summit set for December\n\n"
       "STOCKHOLM, Nov 8 (Reuters) - A summit of the Nordic Council is scheduled for December in Stockholm, the "
       "council's secretariat said on Wednesday.",
       {{"summit", {"Nordic Council"}, "2023-12", "Stockholm", PLANNED}},
       {},
       {}},
      // --- Statements -------------------------------------------------------------------------------
      {"reuters-scholz-quote", "2023-02-02",
       "Scholz rules out sending fighter jets to Ukraine\n\n"
       "BERLIN, Feb 2 (Reuters) - German Chancellor Olaf Scholz on Thursday ruled out sending fighter jets to "
       "Ukraine. \"This question does not arise,\" Scholz told reporters in Berlin.",
       {},
       {{"Olaf Scholz", "This question does not arise"}},
       {}},
      {"reuters-peskov-no-plans", "2023-06-05",
       "Kremlin denies mobilisation plans\n\n"
       "MOSCOW, June 5 (Reuters) - \"There are no such plans,\" Kremlin spokesman Dmitry Peskov told reporters on "
       "Monday when asked about a new wave of mobilisation.",
       {},
       {{"Dmitry Peskov", "There are no such plans"}},
       {}},
      {"ap-guterres-global-boiling", "2023-07-27",
       "UN chief warns of 'global boiling'\n\n"
       "UNITED NATIONS (AP) \xE2\x80\x94 \xE2\x80\x9CThe era of global warming has ended; the era of global boiling "
       "has arrived,\xE2\x80\x9D U.N. Secretary-General Ant\xC3\xB3nio Guterres told reporters on Thursday.",
       {},
       {{"Ant\xC3\xB3nio Guterres", "The era of global warming"}},
       {}},
      {"starmer-said-colon-quote", "2024-07-10",
       "Starmer pledges support for Ukraine\n\n"
       "Prime Minister Keir Starmer said: \xE2\x80\x9CWe will stand with Ukraine for as long as it "
       "takes.\xE2\x80\x9D",
       {},
       {{"Keir Starmer", "We will stand with Ukraine"}},
       {}},
      {"two-speakers-baerbock-colonna", "2023-01-23",
       "Baerbock and Colonna on the Ukraine crisis\n\n"
       "\"The door to diplomacy remains open,\" said German Foreign Minister Annalena Baerbock. Her French "
       "counterpart Catherine Colonna added: \"We want to avoid any escalation.\"",
       {},
       {{"Annalena Baerbock", "The door to diplomacy"}, {"Catherine Colonna", "We want to avoid"}},
       {}},
      {"invented-ceo-two-quotes", "2024-02-20",
       "Carmaker says plant will stay open\n\n"
       "\"The factory will not close,\" said Thomas Becker, the company's chief executive. \"We have secured "
       "orders until 2026.\"",
       {},
       {{"Thomas Becker", "The factory will not close"}, {"Thomas Becker", "We have secured orders"}},
       {}},
      {"invented-minister-quote-after", "2024-09-12",
       "Farmers protest in capital\n\n"
       "Agriculture Minister Julia Novak said on Thursday she understood the farmers' anger. \"Nobody in this "
       "government wants to see family farms disappear,\" Novak said.",
       {},
       {{"Julia Novak", "Nobody in this government"}},
       {}},
      // --- Proposals ----------------------------------------------------------------------------
      {"reuters-orban-would-consider", "2023-12-08",
       "Orban signals flexibility on EU funding for Ukraine\n\n"
       "BUDAPEST, Dec 8 (Reuters) - Hungarian Prime Minister Viktor Orban said on Friday he would consider a "
       "compromise on European Union funding for Ukraine if the money was approved year by year.",
       {},
       {},
       {{"Viktor Orban", "may-consider", "compromise"}}},
      {"reuters-lindner-open-to-discussing", "2023-11-21",
       "Lindner open to debate on debt brake\n\n"
       "BERLIN, Nov 21 (Reuters) - German Finance Minister Christian Lindner said on Tuesday he was open to "
       "discussing a reform of the debt brake once the budget crisis was resolved.",
       {},
       {},
       {{"Christian Lindner", "may-consider", "debt brake"}}},
      {"ap-guterres-urges-ceasefire", "2023-10-18",
       "UN chief urges humanitarian ceasefire\n\n"
       "UNITED NATIONS (AP) \xE2\x80\x94 U.N. Secretary-General Antonio Guterres on Wednesday urged an immediate "
       "humanitarian ceasefire in Gaza to ease the suffering of civilians.",
       {},
       {},
       {{"Antonio Guterres", "proposed", "ceasefire"}}},
      {"invented-councillor-proposes-car-ban", "2024-06-18",
       "Councillor wants cars out of old town\n\n"
       "Councillor Maria Santos has proposed banning cars from the old town at weekends, arguing that the narrow "
       "streets are no longer safe for pedestrians.",
       {},
       {},
       {{"Maria Santos", "proposed", "banning cars"}}},
      // "We need ..." in a quotation: the speaker asks for it.
      {"reuters-sandu-we-need-support", "2024-01-10",
       "Moldova asks EU for energy help\n\n"
       "CHISINAU, Jan 10 (Reuters) - \"We need urgent support from our European partners to get through the "
       "winter,\" President Maia Sandu said on Wednesday.",
       {},
       {{"Maia Sandu", "We need urgent support"}},
       {{"Maia Sandu", "proposed", "support"}}},
      // One offer told twice (the lead and a quotation) is one; the talks offered are not held.
      // A body's decision on a measure of its own is no proposal (GUIDELINE B1, B3); the
      // meeting it was taken at is held.
      {"reuters-nato-agreed-to-extend-mission", "2024-02-15",
       "NATO to keep troops in Kosovo for another year\n\n"
       "BRUSSELS, Feb 15 (Reuters) - NATO defence ministers agreed on Thursday at their meeting in Brussels to "
       "extend the alliance's peacekeeping mission in Kosovo by a year.",
       {{"meeting", {"NATO"}, "2024-02-15", "Brussels", HELD}},
       {},
       {}},
      // A decision beside a proposal: the ministers' "decided to impose" is none (B1, B3); the
      // minister who urged others to follow proposes.
      {"ministry-council-decided-to-impose", "2024-06-24",
       "EU widens sanctions\n\n"
       "The Council of the European Union decided on Monday to impose new restrictive measures. Foreign "
       "Minister Annalena Baerbock urged partners in the G7 to follow suit.",
       {},
       {},
       {{"Annalena Baerbock", "proposed", "follow"}}},
      // Deciding whether to act is considering it; the headline restates the body's proposal.
      {"ap-eu-decide-whether-to-extend-tariffs", "2024-05-13",
       "EU ministers mull steel safeguards\n\n"
       "BRUSSELS (AP) \xE2\x80\x94 The European Union will decide whether to extend its safeguard tariffs on "
       "steel imports before they expire in June, officials said on Monday.",
       {},
       {},
       {{"European Union", "may-consider", "safeguard tariffs"}}},
      // A headline in other words than the body's report of the same call.
      {"reuters-poland-tougher-sanctions", "2022-03-25",
       "Poland presses for tougher sanctions on Moscow\n\n"
       "WARSAW, March 25 (Reuters) - Poland on Friday called on its European Union partners to ban imports of "
       "Russian coal and steel.",
       {},
       {},
       {{"Poland", "proposed", "ban imports"}}},
      // A modal in a relative clause describes, asking for nothing; "should be" + a state asked of
      // the two sides together is a demand (GUIDELINE A4, as the gold reads "should be partners").
      {"xinhua-red-line-no-demand", "2023-06-19",
       "China warns U.S. over Taiwan\n\n"
       "BEIJING, June 19 (Xinhua) -- Chinese Foreign Minister Qin Gang told Antony Blinken on Monday that the "
       "Taiwan question is a core interest that must not be challenged. Qin said the two countries should be "
       "partners rather than rivals.",
       {},
       {},
       {{"Qin Gang", "proposed", "partners"}}},
      // A passive act is still asked for ("should be held").
      {"tass-forum-should-be-held-yearly", "2024-11-02",
       "Lavrov wants security forum every year\n\n"
       "MOSCOW, November 2. /TASS/. Such security forums should be held every year, Russian Foreign Minister "
       "Sergei Lavrov said on Saturday.",
       {},
       {},
       {{"Sergei Lavrov", "proposed", "every year"}}},
      // Reported speech that goes on in the next sentence, whose subject is a nominal.
      {"readout-next-package-should-include", "2022-06-02",
       "Minister Kuleba speaks with Austrian counterpart\n\n"
       "Minister of Foreign Affairs of Ukraine Dmytro Kuleba had a phone conversation with Austrian Foreign "
       "Minister Alexander Schallenberg. The Ukrainian Foreign Minister thanked Austria for its support and "
       "informed about the situation at the front. The next package of sanctions should include a full embargo on "
       "Russian oil.",
       {{"phone-call", {"Dmytro Kuleba", "Alexander Schallenberg"}, "2022-06-02", "", HELD}},
       {},
       {{"Dmytro Kuleba", "proposed", "embargo"}}},
      // An object that is a proposal makes "unveiled" one.
      {"ap-mayor-unveils-housing-plan", "2024-01-09",
       "Mayor unveils housing plan\n\n"
       "CHICAGO (AP) \xE2\x80\x94 Mayor Brandon Johnson unveiled a plan on Tuesday to build 10,000 affordable "
       "homes over five years.",
       {},
       {},
       {{"Brandon Johnson", "proposed", "affordable homes"}}},
      // --- Proposals and quotations read from the tree (issue #11) ---------------------------------
      // "urged X to": the object is the addressee; the words are the complement, not the attribution.
      {"kremlin-readout-putin-urged-macron", "2022-08-19",
       "Telephone conversation with President of France Emmanuel Macron\n\n"
       "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. Vladimir Putin urged "
       "Emmanuel Macron to use his influence on Kiev to stop the shelling of the nuclear power plant.",
       {{"phone-call", {"Vladimir Putin", "Emmanuel Macron"}, "2022-08-19", "", HELD}},
       {},
       {{"Vladimir Putin", "proposed", "stop the shelling", "Emmanuel Macron"}}},
      {"xinhua-wang-calls-on-us", "2023-07-14",
       "Wang Yi urges U.S. to stop arms sales to Taiwan\n\n"
       "JAKARTA, July 14 (Xinhua) -- Chinese Foreign Minister Wang Yi on Friday called on the United States to "
       "stop selling weapons to the Taiwan region, a Chinese official said after the meeting.",
       {},
       {},
       {{"Wang Yi", "proposed", "selling weapons", "United States"}}},
      // The possessor of a proposal noun is its holder (GUIDELINE R1).
      {"ap-china-peace-plan-possessor", "2023-02-24",
       "China releases position paper on Ukraine\n\n"
       "BEIJING (AP) \xE2\x80\x94 China's peace plan for Ukraine calls for a ceasefire and the withdrawal of "
       "heavy weapons from the front line.",
       {},
       {},
       {{"China", "proposed", "ceasefire"}}},
      // "our proposals" in a quotation: its speaker (R2; his country is only proposer_also).
      {"tass-lavrov-our-proposals", "2022-01-14",
       "Lavrov: Russia expects written answers\n\n"
       "MOSCOW, January 14. /TASS/. \"Our proposals on security guarantees remain on the table,\" Russian Foreign "
       "Minister Sergey Lavrov said at a news conference on Friday.",
       {{"press-conference", {"Sergey Lavrov"}, "2022-01-14", "", HELD}},
       {{"Sergey Lavrov", "Our proposals on security guarantees"}},
       {{"Sergey Lavrov", "proposed", "security guarantees"}}},
      // A clause that governs the cue with a coordinated or joint subject is a joint
      // position of the parties (B3): "the ministers shared the view that Ukraine and the
      // EU would work together to urge ..."; one holder's call on the next line stays.
      {"mfa-readout-joint-view-urge-no-proposal", "2023-05-02",
       "Dmytro Kuleba holds a phone call with Josep Borrell\n\n"
       "Minister of Foreign Affairs of Ukraine Dmytro Kuleba had a phone call with EU High Representative Josep "
       "Borrell. The two ministers shared the view that Ukraine and the European Union would continue to work "
       "together to urge third countries to stop supplying drones to Russia. Dmytro Kuleba called on the European "
       "Union to speed up deliveries of artillery shells.",
       {{"phone-call", {"Dmytro Kuleba", "Josep Borrell"}, "2023-05-02", "", HELD}},
       {},
       {{"Dmytro Kuleba", "proposed", "artillery shells", "European Union"}}},
      // An offer whose act takes only a pronoun ("ready to arrange it") repeats the offer
      // told before it: one item (2.3).
      {"mfa-ready-to-arrange-it-one-offer", "2023-10-09",
       "Kazakhstan offers to host talks\n\n"
       "ASTANA, October 9. Foreign Minister Murat Nurtleu said Kazakhstan is ready to host a new round of "
       "talks on water sharing in Central Asia. \"The talks are not easy, but we are ready to arrange it,\" "
       "Nurtleu said.",
       {},
       {{"Murat Nurtleu", "The talks are not easy"}},
       {{"Kazakhstan", "proposed", "water sharing"}}},
      // A directive whose act takes only a pronoun ("should act on it") has no content (B8).
      {"tass-should-act-on-it-no-proposal", "2023-11-20",
       "Zakharova comments on sanctions talk\n\n"
       "MOSCOW, November 20. /TASS/. \"Our position is well known. They should act on it,\" Russian Foreign "
       "Ministry spokeswoman Maria Zakharova told reporters.",
       {},
       {{"Maria Zakharova", "Our position is well known"}},
       {}},
      // Two parties who "will discuss the need to" hold no one's proposal (B3).
      {"reuters-will-discuss-need-no-proposal", "2023-03-03",
       "Blinken, Baerbock to meet in Berlin\n\n"
       "BERLIN, March 3 (Reuters) - The German Foreign Office said Annalena Baerbock and Antony Blinken will "
       "discuss the need to restore grain shipments across the Black Sea.",
       {{"meeting", {"Annalena Baerbock", "Antony Blinken"}, "", "", PLANNED}},
       {},
       {}},
      // A directive's own subject naming both sides is its addressee, not a joint
      // position: one holder's demand (A4).
      {"elysee-both-sides-should-demand", "2023-06-12",
       "Macron speaks with the leaders of Armenia and Azerbaijan\n\n"
       "PARIS, June 12. President Emmanuel Macron said both sides should refrain from any new escalation "
       "along the border.",
       {},
       {},
       {{"Emmanuel Macron", "proposed", "escalation"}}},
      // A need stressed by one holder is a proposal (A5); one stressed by both sides is none (B3).
      {"mfa-readout-kuleba-stressed-need", "2023-04-11",
       "Dmytro Kuleba holds a phone call with Josep Borrell\n\n"
       "Minister of Foreign Affairs of Ukraine Dmytro Kuleba had a phone call with EU High Representative Josep "
       "Borrell. Dmytro Kuleba stressed the need to speed up deliveries of artillery shells to Ukraine. The "
       "interlocutors stressed the importance of further coordination.",
       {{"phone-call", {"Dmytro Kuleba", "Josep Borrell"}, "2023-04-11", "", HELD}},
       {},
       {{"Dmytro Kuleba", "proposed", "artillery shells"}}},
      {"whitehouse-readout-importance-of", "2023-09-21",
       "Readout of President Biden's Meeting with President Zelenskyy\n\n"
       "President Joseph R. Biden Jr. met today with President Volodymyr Zelenskyy of Ukraine at the White House. "
       "President Biden underscored the importance of strengthening Ukraine's air defenses ahead of the winter.",
       {{"meeting", {"Joseph R. Biden Jr.", "Volodymyr Zelenskyy"}, "2023-09-21", "", HELD}},
       {},
       {{"Joseph R. Biden Jr.", "proposed", "air defenses"}}},
      // "the importance of the visit": an existing thing, no act to be done (A5).
      {"tass-importance-of-visit-no-proposal", "2024-05-16",
       "Putin arrives in Beijing\n\n"
       "BEIJING, May 16. /TASS/. Kremlin spokesman Dmitry Peskov stressed the importance of the new agreements "
       "for bilateral relations.",
       {},
       {},
       {}},
      // "is ready to": the one who is ready offers; the words run to the end of the offer.
      // "invited X to": the object is the addressee; an invitation is no meeting (N2).
      {"xinhua-xi-invited-lula", "2023-04-14",
       "Xi holds talks with Lula\n\n"
       "BEIJING, April 14 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio "
       "Lula da Silva in Beijing on Friday. Xi invited Lula to deepen cooperation in clean energy.",
       {{"talks", {"Xi Jinping", "Luiz Inacio Lula da Silva"}, "2023-04-14", "Beijing", HELD}},
       {},
       {{"Xi Jinping", "proposed", "clean energy", "Luiz Inacio Lula da Silva"}}},
      // A demand in reported speech: the reporting clause's subject holds it.
      {"nato-stoltenberg-allies-must", "2024-02-14",
       "Stoltenberg calls for more ammunition for Ukraine\n\n"
       "BRUSSELS, Feb 14 (Reuters) - NATO Secretary General Jens Stoltenberg said on Wednesday that allies must "
       "deliver more ammunition to Ukraine.",
       {},
       {},
       {{"Jens Stoltenberg", "proposed", "deliver more ammunition"}}},
      // An agentless passive demand with the attribution after it: the words stop before the attribution.
      {"reuters-sanctions-must-be-tightened", "2023-05-08",
       "Kuleba wants tougher sanctions\n\n"
       "KYIV, May 8 (Reuters) - Sanctions against Moscow must be tightened further, Ukrainian Foreign Minister "
       "Dmytro Kuleba said on Monday.",
       {},
       {},
       {{"Dmytro Kuleba", "proposed", "tightened further"}}},
      {"ap-macron-suggested-moratorium", "2023-06-12",
       "Macron suggests moratorium\n\n"
       "PARIS (AP) \xE2\x80\x94 French President Emmanuel Macron on Monday suggested a moratorium on strikes "
       "against energy infrastructure in Ukraine.",
       {},
       {},
       {{"Emmanuel Macron", "proposed", "moratorium"}}},
      // A verb and its noun object report one proposal.
      {"reuters-brazil-put-forward-plan", "2023-05-20",
       "Brazil puts forward Ukraine plan\n\n"
       "BRASILIA, May 20 (Reuters) - Brazil put forward a six-point plan for a settlement in Ukraine on Saturday.",
       {},
       {},
       {{"Brazil", "proposed", "settlement"}}},
      {"un-guterres-appealed-to-parties", "2024-03-18",
       "Guterres appeals for calm\n\n"
       "UNITED NATIONS (AP) \xE2\x80\x94 U.N. Secretary-General Antonio Guterres appealed to Israel on Monday to "
       "open more crossings for humanitarian aid.",
       {},
       {},
       {{"Antonio Guterres", "proposed", "humanitarian aid", "Israel"}}},
      {"reuters-poland-demanded-that", "2023-08-03",
       "Poland demands Belarus pull Wagner back\n\n"
       "WARSAW, Aug 3 (Reuters) - Poland on Thursday demanded that Belarus withdraw the Wagner fighters from the "
       "border.",
       {},
       {},
       {{"Poland", "proposed", "withdraw"}}},
      // "insisted that" asks for an act with a bare verb; with a tense it asserts (B4).
      {"reuters-iran-insisted-lifted", "2022-08-24",
       "Iran wants guarantees\n\n"
       "TEHRAN, Aug 24 (Reuters) - Iran insisted on Wednesday that all U.S. sanctions be lifted before it returns "
       "to the nuclear deal.",
       {},
       {},
       {{"Iran", "proposed", "sanctions be lifted"}}},
      {"tass-peskov-insisted-assertion", "2023-07-18",
       "Kremlin on the grain deal\n\n"
       "MOSCOW, July 18. /TASS/. Kremlin spokesman Dmitry Peskov insisted that Russia had fulfilled all of its "
       "obligations.",
       {},
       {},
       {}},
      // "the initiative of the Turkish side": the country of the demonym.
      {"tass-initiative-of-turkish-side", "2022-07-23",
       "Grain deal signed\n\n"
       "ISTANBUL, July 23. /TASS/. Sergey Lavrov praised the initiative of the Turkish side to set up a "
       "coordination centre in Istanbul.",
       {},
       {},
       {{"Turkey", "proposed", "coordination centre"}}},
      // "should be" + a state asked of the sides together is a demand (A4).
      {"nhk-xi-should-be-partners", "2023-06-19",
       "Xi meets Blinken\n\n"
       "BEIJING, June 19 (NHK) - Chinese President Xi Jinping said on Monday that the two countries should be "
       "partners, not rivals.",
       {{"meeting", {"Xi Jinping", "Antony Blinken"}, "2023-06-19", "", HELD}},
       {},
       {{"Xi Jinping", "proposed", "partners"}}},
      // "willing to": the one willing offers it.
      {"reuters-modi-india-willing", "2023-07-14",
       "Modi in Paris\n\n"
       "PARIS, July 14 (Reuters) - India is willing to contribute to any peace effort in Ukraine, Prime Minister "
       "Narendra Modi said on Friday.",
       {},
       {},
       {{"India", "proposed", "peace effort"}}},
      // A readiness for something, held by its possessor.
      {"kremlin-reaffirmed-russia-readiness", "2022-03-03",
       "Telephone conversation with President of France\n\n"
       "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. Vladimir Putin "
       "reaffirmed Russia's readiness for cooperation with foreign partners on humanitarian issues.",
       {{"phone-call", {"Vladimir Putin", "Emmanuel Macron"}, "2022-03-03", "", HELD}},
       {},
       {{"Russia", "proposed", "cooperation with foreign partners"}}},
      // "encouraged X to", "asked X to": requests with what they ask; "was encouraged by" is none.
      {"un-guterres-encouraged-parties", "2023-03-19",
       "Guterres welcomes agreement\n\n"
       "UNITED NATIONS (AP) \xE2\x80\x94 U.N. Secretary-General Antonio Guterres was encouraged by the progress "
       "and encouraged Serbia and Kosovo to implement the agreement without delay.",
       {},
       {},
       {{"Antonio Guterres", "proposed", "implement the agreement", "Serbia"}}},
      {"reuters-scholz-asked-xi", "2022-11-04",
       "Scholz in Beijing\n\n"
       "BEIJING, Nov 4 (Reuters) - German Chancellor Olaf Scholz asked Chinese President Xi Jinping to use his "
       "influence on Russia. He was asked about trade by reporters.",
       {},
       {},
       {{"Olaf Scholz", "proposed", "use his influence", "Xi Jinping"}}},
      // "it is vital that", "it was important for X to" (A4); "it is important to note" has no content (B8).
      {"state-readout-important-for-both", "2023-10-22",
       "Secretary Blinken's Call with Foreign Minister Fidan\n\n"
       "Secretary of State Antony J. Blinken spoke today with Turkish Foreign Minister Hakan Fidan. Secretary "
       "Blinken said it was important for all parties to prevent the conflict from spreading.",
       {{"phone-call", {"Antony J. Blinken", "Hakan Fidan"}, "2023-10-22", "", HELD}},
       {},
       {{"Antony J. Blinken", "proposed", "prevent the conflict from spreading"}}},
      {"tass-important-to-note-no-proposal", "2024-02-09",
       "Peskov on the report\n\n"
       "MOSCOW, February 9. /TASS/. Kremlin spokesman Dmitry Peskov said it was important to note that the "
       "report had been read by millions.",
       {},
       {},
       {}},
      // A term quoted again without "so-called" is still a term.
      {"eu-term-quoted-twice", "2017-10-20",
       "Brexit talks\n\n"
       "BRUSSELS (Reuters) - The EU will open the next phase once there is so-called \"sufficient progress\". "
       "Member states said there was no \"sufficient progress\" yet.",
       {},
       {},
       {}},
      // --- Quotations: terms, interruptions, resumptions, pronouns --------------------------------
      // Scare quotes and titles in quotation marks are no statements (S1).
      {"tass-so-called-format", "2023-10-12",
       "Zakharova on the price cap\n\n"
       "MOSCOW, October 12. /TASS/. Russian Foreign Ministry spokeswoman Maria Zakharova said the so-called "
       "\"price cap\" had achieved nothing.",
       {},
       {},
       {}},
      {"reuters-operation-name-term", "2023-06-05",
       "Ukraine offensive\n\n"
       "KYIV, June 5 (Reuters) - Ukrainian troops launched the \"Spring Storm\" operation in the south on Monday.",
       {},
       {},
       {}},
      // A quotation interrupted in mid-sentence is one item (S2).
      {"ap-interrupted-quotation-one-item", "2024-02-01",
       "Orban lifts veto\n\n"
       "BRUSSELS (AP) \xE2\x80\x94 \"This was not an easy decision,\" Hungarian Prime Minister Viktor Orban said, "
       "\"but it was the right one for Europe.\"",
       {},
       {{"Viktor Orban", "This was not an easy decision"}},
       {}},
      // One resumed with a new sentence after the attribution is a new item.
      {"reuters-peskov-resumed-quotation", "2023-03-10",
       "Kremlin on sanctions\n\n"
       "MOSCOW, March 10 (Reuters) - \"The sanctions have not worked,\" Kremlin spokesman Dmitry Peskov said. "
       "\"Europe is paying the price for them.\"",
       {},
       {{"Dmitry Peskov", "The sanctions have not worked"}, {"Dmitry Peskov", "Europe is paying the price"}},
       {}},
      // "he" after a quotation that names another person is the speaker before it, not the name inside.
      {"reuters-he-said-not-name-in-quote", "2023-07-11",
       "Kristersson in Vilnius\n\n"
       "VILNIUS, July 11 (Reuters) - Swedish Prime Minister Ulf Kristersson spoke to reporters in Vilnius. "
       "\"Recep Tayyip Erdogan has given his word,\" he said.",
       {},
       {{"Ulf Kristersson", "Recep Tayyip Erdogan has given his word"}},
       {}},
      {"tass-according-to-peskov", "2023-09-13",
       "Kremlin on the decision\n\n"
       "MOSCOW, September 13. /TASS/. According to Kremlin spokesman Dmitry Peskov, \"the decision was "
       "premature and unjustified.\"",
       {},
       {{"Dmitry Peskov", "the decision was premature"}},
       {}},
      // A partial quotation belongs to the subject of the verb that names the words (S4).
      {"tass-zakharova-called-absurd", "2023-11-02",
       "Zakharova on accusations\n\n"
       "MOSCOW, November 2. /TASS/. Russian Foreign Ministry spokeswoman Maria Zakharova called the accusations "
       "\"absurd and groundless.\"",
       {},
       {{"Maria Zakharova", "absurd and groundless"}},
       {}},
      {"reuters-said-inverted-tusk", "2024-01-15",
       "Tusk on security\n\n"
       "WARSAW, Jan 15 (Reuters) - \"We will not be intimidated,\" said Polish Prime Minister Donald Tusk.",
       {},
       {{"Donald Tusk", "We will not be intimidated"}},
       {}},
      {"anadolu-szijjarto-told-reporters-colon", "2023-05-25",
       "Hungary on arms\n\n"
       "BUDAPEST (AA) - Hungarian Foreign Minister Peter Szijjarto told reporters: \"Hungary will not send weapons "
       "to Ukraine.\"",
       {},
       {{"Peter Szijjarto", "Hungary will not send weapons"}},
       {}},
      // A proposal inside a quotation: the speaker holds it, the words are the quotation's.
      {"tass-quote-we-propose", "2024-06-14",
       "Putin sets out terms\n\n"
       "MOSCOW, June 14. /TASS/. \"We propose an immediate ceasefire along the current line,\" Russian President "
       "Vladimir Putin said on Friday.",
       {},
       {{"Vladimir Putin", "We propose an immediate ceasefire"}},
       {{"Vladimir Putin", "proposed", "immediate ceasefire"}}},
      // A two-party briefing transcript line is no statement; a quoted phrase with "said" is one.
      {"mfa-briefing-quoted-demand", "2024-04-03",
       "Spokesperson on the Red Sea\n\n"
       "BEIJING, April 3 (Xinhua) -- \"All parties should exercise restraint,\" Chinese Foreign Ministry "
       "spokesperson Mao Ning said at a regular press briefing on Wednesday.",
       {{"briefing", {"Mao Ning"}, "2024-04-03", "", HELD}},
       {{"Mao Ning", "All parties should exercise restraint"}},
       {{"Mao Ning", "proposed", "exercise restraint"}}},
      // Two meetings in one clause keep their own parties and places; a compound names two parties.
      {"reuters-us-china-talks-and-g20-meeting", "2024-07-26",
       "Markets steady as trade talks end\n\n"
       "LONDON, July 26 (Reuters) - Investors weighed the outcome of US-China talks in Stockholm and a G20 meeting "
       "in Rio de Janeiro.",
       {{"talks", {"United States", "China"}, "2024-07-26", "Stockholm", HELD},
        {"meeting", {"G20"}, "2024-07-26", "Rio de Janeiro", HELD}},
       {},
       {}},
      // A headline's comma joins two names; the delegation of a demonym is its country.
      {"reuters-misri-chinese-delegation", "2024-08-19",
       "India, China hold border talks\n\n"
       "NEW DELHI, Aug 19 (Reuters) - Indian Foreign Secretary Vikram Misri held talks with the Chinese delegation "
       "in New Delhi on Monday.",
       {{"talks", {"Vikram Misri", "China"}, "2024-08-19", "New Delhi", HELD}},
       {},
       {}},
      // A call reported with two cues in one clause is one call.
      {"ap-biden-xi-on-the-phone", "2022-07-28",
       "Biden, Xi talk by phone\n\n"
       "WASHINGTON (AP) \xE2\x80\x94 President Joe Biden spoke for half an hour with Chinese President Xi Jinping "
       "on the phone from the White House on Thursday.",
       {{"phone-call", {"Joe Biden", "Xi Jinping"}, "2022-07-28", "", HELD}},
       {},
       {}},
      // "they" is the pair named before; a "when" clause shares its date; "ahead of" starts
      // another meeting, whose parties are a list and whose "later this month" is planned.
      {"reuters-scholz-macron-granada-hamburg", "2023-10-06",
       "Scholz and Macron discuss migration\n\n"
       "BERLIN, Oct 6 (Reuters) - German Chancellor Olaf Scholz and French President Emmanuel Macron spoke briefly "
       "on Tuesday when they attended a summit in Granada.\n\n"
       "Macron hosted Scholz in Hamburg on Thursday ahead of a summit later this month with Italy, Spain and "
       "Poland.",
       {{"summit", {"Olaf Scholz", "Emmanuel Macron"}, "2023-10-03", "Granada", HELD},
        {"meeting", {"Olaf Scholz", "Emmanuel Macron"}, "2023-10-05", "Hamburg", HELD},
        {"summit", {"Italy", "Spain", "Poland"}, "2023-10", "", PLANNED}},
       {},
       {}},
      // "They" opening a sentence: the people who open the sentence before, titles and all.
      {"ap-biden-xi-they-met", "2022-11-14",
       "Leaders meet\n\n"
       "WASHINGTON (AP) \xE2\x80\x94 President Joe Biden and Chinese leader Xi Jinping spoke for two hours on "
       "Monday.\n\n"
       "They met later at a summit in Bali.",
       {{"summit", {"Joe Biden", "Xi Jinping"}, "", "Bali", HELD}},
       {},
       {}},
      // --- Words that name no meeting of their own ----------------------------------------------
      // "briefed X on" informs within the call; "dialogue" is the relationship, not a meeting.
      {"readout-briefed-within-call", "2023-05-04",
       "Prime Minister speaks with Chancellor Scholz\n\n"
       "Prime Minister Rishi Sunak spoke with German Chancellor Olaf Scholz on Thursday. The Prime Minister "
       "briefed the Chancellor on the preparations for the summit in Reykjavik, and the leaders agreed to deepen "
       "the dialogue between their governments on energy security.",
       {{"talks", {"Rishi Sunak", "Olaf Scholz"}, "2023-05-04", "", HELD}},
       {},
       {}},
      // "briefed reporters" is a briefing.
      {"ap-kirby-briefed-reporters", "2023-08-14",
       "White House says talks on hostages continue\n\n"
       "WASHINGTON (AP) \xE2\x80\x94 National Security Council spokesman John Kirby briefed reporters at the White "
       "House on Monday.",
       {{"briefing", {"John Kirby"}, "2023-08-14", "", HELD}},
       {},
       {}},
      // --- Passages that report no event ------------------------------------------------------------
      {"sport-should-have-won-no-demand", "2024-04-14",
       "Meier rues missed chances\n\n"
       "Coach Hans Meier was unhappy after the 1-1 draw on Sunday. \"We should have won this game,\" Meier said.",
       {},
       {{"Hans Meier", "We should have won"}},
       {}},
      {"police-parcel-weighing-no-proposal", "2024-02-02",
       "Drugs found at airport\n\n"
       "Customs officers found a parcel weighing 2.5 kg at Manchester Airport on Friday, police said.",
       {},
       {},
       {}},
      // The place of a prepositional phrase is no proposer.
      {"ap-hijackers-appealed-no-proposer", "2024-06-11",
       "Hijackers surrender at Stansted\n\n"
       "LONDON (AP) \xE2\x80\x94 The hijackers, who freed all hostages after the plane landed at Stansted "
       "airport on Tuesday, appealed for asylum.",
       {},
       {},
       {}},
      {"reuters-negotiation-process-no-meeting", "2025-02-03",
       "Sybiha: Kyiv wants faster process\n\n"
       "KYIV, Feb 3 (Reuters) - Ukrainian Foreign Minister Andrii Sybiha told reporters that the Ukrainian side "
       "wants to speed up the negotiation process with Russia.",
       {},
       {},
       {}},
      {"sport-tour-no-event", "2024-03-08",
       "City announce summer tour of Asia\n\n"
       "Manchester City will tour Japan and South Korea in July, the club said on Friday, with friendly matches "
       "planned in Tokyo and Seoul.",
       {},
       {},
       {}},
      {"police-received-calls-no-meeting", "2024-10-10",
       "Storm damage reported across county\n\n"
       "Police said they received more than 200 calls from residents overnight after the storm brought down trees "
       "and power lines across the county.",
       {},
       {},
       {}},
      {"fed-press-conference-powell", "2023-12-13",
       "Fed holds rates steady, signals cuts next year\n\n"
       "WASHINGTON (AP) \xE2\x80\x94 The Federal Reserve held its key interest rate steady on Wednesday. Chair "
       "Jerome Powell told a news conference that policymakers were not yet confident inflation was beaten.",
       {{"press-conference", {"Jerome Powell"}, "2023-12-13", "", HELD}},
       {},
       {}},
      {"reuters-phone-invented-deputies", "2024-06-04",
       "Norway, Poland discuss Baltic energy security\n\n"
       "OSLO, June 4 (Reuters) - Norway's Deputy Foreign Minister Erik Lund held a phone call with his Polish "
       "counterpart Anna Kowalski on Monday on energy security in the Baltic region, the ministry said.",
       {{"phone-call", {"Erik Lund", "Anna Kowalski"}, "2024-06-03", "", HELD}},
       {},
       {}},
      {"consultations-planned-countries", "2024-04-02",
       "Kazakhstan, Uzbekistan to hold political consultations\n\n"
       "Kazakhstan and Uzbekistan will hold political consultations at the level of deputy foreign ministers in "
       "Astana on April 12, the Kazakh Foreign Ministry said on Tuesday.",
       {{"consultations", {"Kazakhstan", "Uzbekistan"}, "2024-04-12", "Astana", PLANNED}},
       {},
       {}},
      {"xinhua-talks-wang-lavrov-quote", "2024-04-09",
       "Wang Yi holds talks with Lavrov\n\n"
       "BEIJING, April 9 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister "
       "Sergei Lavrov in Beijing on Tuesday. \xE2\x80\x9C" "China and Russia will continue to firmly support each "
       "other,\xE2\x80\x9D Wang said.",
       {{"talks", {"Wang Yi", "Sergei Lavrov"}, "2024-04-09", "Beijing", HELD}},
       {{"Wang Yi", "China and Russia will continue"}},
       {}},
      {"tass-putin-state-visit-beijing", "2024-05-16",
       "Putin arrives in Beijing on state visit\n\n"
       "BEIJING, May 16. /TASS/. Russian President Vladimir Putin has arrived in Beijing on a two-day state visit. "
       "He will hold talks with Chinese President Xi Jinping later on Thursday.",
       {{"visit", {"Vladimir Putin"}, "2024-05-16", "Beijing", HELD},
        {"talks", {"Vladimir Putin", "Xi Jinping"}, "2024-05-16", "", PLANNED}},
       {},
       {}},
      {"reuters-macron-sudan-conference", "2024-04-15",
       "Donors pledge aid for Sudan in Paris\n\n"
       "PARIS, April 15 (Reuters) - French President Emmanuel Macron opened an international conference on "
       "humanitarian aid for Sudan in Paris on Monday.",
       {{"conference", {"Emmanuel Macron"}, "2024-04-15", "Paris", HELD}},
       {},
       {}},
      {"tass-lavrov-proposes-moratorium", "2022-09-14",
       "Lavrov proposes moratorium on missile deployment in Europe\n\n"
       "MOSCOW, September 14. /TASS/. Russian Foreign Minister Sergei Lavrov has proposed a mutual moratorium on "
       "the deployment of intermediate-range missiles in Europe, the ministry said on Wednesday.",
       {},
       {},
       {{"Sergei Lavrov", "proposed", "moratorium"}}},
      {"reuters-brics-invites-members", "2023-08-24",
       "BRICS invites six countries to join bloc\n\n"
       "JOHANNESBURG, Aug 24 (Reuters) - The BRICS group of emerging economies on Thursday invited Saudi Arabia, "
       "Iran, Egypt, Argentina, Ethiopia and the United Arab Emirates to join the bloc, South African President "
       "Cyril Ramaphosa told reporters.",
       {},
       {},
       {{"BRICS", "proposed", "join"}}},
      {"reuters-vucic-demands-peacekeepers", "2023-05-30",
       "Vucic demands NATO take over security in north Kosovo\n\n"
       "BELGRADE, May 30 (Reuters) - Serbian President Aleksandar Vucic demanded on Tuesday that NATO peacekeepers "
       "take over security in northern Kosovo.",
       {},
       {},
       {{"Aleksandar Vucic", "proposed", "security"}}},
      {"reuters-lula-proposes-neutral-group", "2023-04-06",
       "Lula proposes group of neutral countries to broker peace\n\n"
       "BRASILIA, April 6 (Reuters) - Brazilian President Luiz Inacio Lula da Silva on Thursday proposed creating "
       "a group of neutral countries to mediate an end to the war in Ukraine.",
       {},
       {},
       {{"Luiz Inacio Lula da Silva", "proposed", "neutral"}}},
      {"tass-lavrov-interview-open-to-discussing", "2023-01-15",
       "Lavrov: Russia open to talks on regional security guarantees\n\n"
       "MOSCOW, January 15. /TASS/. Russian Foreign Minister Sergei Lavrov said in an interview with RIA Novosti on "
       "Sunday that Russia was open to discussing security guarantees for all countries of the region.",
       {{"interview", {"Sergei Lavrov"}, "2023-01-15", "", HELD}},
       {},
       {{"Russia", "may-consider", "guarantees"}}},
      {"reuters-commission-weighing-tariffs", "2023-10-04",
       "EU weighs tariffs on Chinese electric vehicles\n\n"
       "BRUSSELS, Oct 4 (Reuters) - The European Commission is weighing tariffs on Chinese electric vehicles, "
       "Trade Commissioner Valdis Dombrovskis said on Wednesday.",
       {},
       {},
       {{"European Commission", "may-consider", "tariffs"}}},
      {"product-unveiled-no-proposal", "2023-09-12",
       "Apple unveils new iPhone\n\n"
       "CUPERTINO, Calif. (AP) \xE2\x80\x94 Apple unveiled its latest iPhone at an event in Cupertino on Tuesday, "
       "with a faster chip and a new charging port.",
       {},
       {},
       {}},
      {"reuters-talks-blinken-lavrov-geneva", "2022-01-21",
       "Blinken and Lavrov meet in Geneva as Ukraine tensions mount\n\n"
       "GENEVA, Jan 21 (Reuters) - U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei "
       "Lavrov held talks in Geneva on Friday in a bid to defuse the crisis over Ukraine. \"We didn't expect any "
       "major breakthroughs to happen today,\" Blinken told reporters after the meeting.",
       {{"talks", {"Antony Blinken", "Sergei Lavrov"}, "2022-01-21", "Geneva", HELD}},
       {{"Antony Blinken", "We didn't expect"}},
       {}},
      {"reuters-istanbul-negotiators", "2022-03-29",
       "Russia, Ukraine resume peace talks in Istanbul\n\n"
       "ISTANBUL, March 29 (Reuters) - Russian and Ukrainian negotiators met in Istanbul on Tuesday for their first "
       "face-to-face talks in more than two weeks. Kyiv proposed a neutral status in exchange for international "
       "security guarantees, Ukrainian negotiator David Arakhamia said.",
       {{"talks", {"Russia", "Ukraine"}, "2022-03-29", "Istanbul", HELD}},
       {},
       {{"Kyiv", "proposed", "neutral"}}},
      {"reuters-erdogan-offers-to-host-talks", "2022-03-07",
       "Erdogan offers to host Russia-Ukraine talks\n\n"
       "ANKARA, March 7 (Reuters) - Turkish President Recep Tayyip Erdogan offered on Monday to host talks between "
       "Russia and Ukraine in Istanbul.",
       {},
       {},
       {{"Recep Tayyip Erdogan", "proposed", "host"}}},
      {"xinhua-mao-ning-press-conference", "2023-02-07",
       "China opposes unilateral sanctions: spokesperson\n\n"
       "BEIJING, Feb. 7 (Xinhua) -- Chinese Foreign Ministry spokesperson Mao Ning spoke at a regular press "
       "conference on Tuesday. \"China has always firmly opposed unilateral sanctions that have no basis in "
       "international law,\" Mao said.",
       {{"press-conference", {"Mao Ning"}, "2023-02-07", "", HELD}},
       {{"Mao Ning", "China has always firmly opposed"}},
       {}},
      {"jeddah-us-ceasefire-proposal", "2025-03-11",
       "Ukraine backs U.S. proposal for 30-day ceasefire\n\n"
       "JEDDAH, March 11 (Reuters) - Ukraine said on Tuesday it was ready to accept a U.S. proposal for an "
       "immediate 30-day ceasefire after talks between U.S. and Ukrainian officials in Saudi Arabia.",
       {{"talks", {"United States", "Ukraine"}, "2025-03-11", "Saudi Arabia", HELD}},
       {},
       {{"United States", "proposed", "ceasefire"}}},
      {"swiss-peace-conference-planned", "2024-04-10",
       "Switzerland to host Ukraine peace conference in June\n\n"
       "BERN, April 10 (Reuters) - Switzerland will host a peace conference on Ukraine at the Buergenstock resort "
       "in June, Foreign Minister Ignazio Cassis said on Wednesday.",
       {{"conference", {"Switzerland"}, "2024-06", "", PLANNED}},
       {},
       {}},
      {"ap-sunak-surprise-visit-kyiv", "2022-11-19",
       "Sunak makes surprise visit to Kyiv\n\n"
       "KYIV, Ukraine (AP) \xE2\x80\x94 British Prime Minister Rishi Sunak made a surprise visit to Kyiv on "
       "Saturday. He met President Volodymyr Zelenskyy and pledged a new package of air defense aid.",
       {{"visit", {"Rishi Sunak", "Volodymyr Zelenskyy"}, "2022-11-19", "Kyiv", HELD}},
       {},
       {}},
      {"tass-kazan-meeting-and-summit", "2024-10-22",
       "Putin meets Modi on sidelines of BRICS summit in Kazan\n\n"
       "KAZAN, October 22. /TASS/. Russian President Vladimir Putin met with Indian Prime Minister Narendra Modi on "
       "the sidelines of the BRICS summit in Kazan on Tuesday. \"Our relations have been developing successfully,\" "
       "Putin said at the start of the meeting.",
       {{"meeting", {"Vladimir Putin", "Narendra Modi"}, "2024-10-22", "Kazan", HELD},
        {"summit", {"BRICS"}, "2024-10-22", "Kazan", HELD}},
       {{"Vladimir Putin", "Our relations have been developing"}},
       {}},
      // --- The issue's named failures (issue 11, "Tried as a new user would") ----------------
      // A summit of four leaders lists all four, not the first two.
      {"wire-four-leader-summit", "2024-10-02",
       "Four leaders meet in Astana on energy corridor\n\n"
       "ASTANA, Oct 2 (Reuters) - German Chancellor Olaf Scholz, French President Emmanuel Macron, Turkish "
       "President Recep Tayyip Erdogan and Kazakh President Kassym-Jomart Tokayev held a summit in Astana on "
       "Wednesday to discuss a new energy corridor.",
       {{"summit", {"Olaf Scholz", "Emmanuel Macron", "Recep Tayyip Erdogan", "Kassym-Jomart Tokayev"},
         "2024-10-02", "Astana", HELD}},
       {},
       {}},
      // The office that issues a readout is no party to the call it reports.
      {"readout-white-house-call", "2024-02-08",
       "Readout of President Biden's call with Chancellor Scholz\n\n"
       "WASHINGTON, Feb 8 (AP) - President Joe Biden spoke by phone with German Chancellor Olaf Scholz on "
       "Thursday, the White House said in a statement. The two leaders discussed support for Ukraine.",
       {{"phone-call", {"Joe Biden", "Olaf Scholz"}, "2024-02-08", "", HELD}},
       {},
       {}},
      // Habitual "routine working meetings" are no meeting (GUIDELINE N1), even of one named person.
      {"presidency-routine-working-meetings", "2024-05-20",
       "President's schedule\n\n"
       "President Kassym-Jomart Tokayev spends his mornings in routine working meetings, his press secretary "
       "Berik Uali said on Monday.",
       {},
       {},
       {}},
      // "on the margins of" is "on the sidelines of" (meeting-frames.txt): the place is the forum's.
      {"ministry-margins-of-forum", "2024-09-24",
       "Foreign Minister meets counterpart in New York\n\n"
       "Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi on the margins of the United "
       "Nations General Assembly in New York on Monday.",
       {{"meeting", {"Penny Wong", "Retno Marsudi"}, "2024-09-23", "New York", HELD}},
       {},
       {}},
      // --- Visits and their hosts (GUIDELINE M4: the visit and the talks of its visitor with the one
      //     who receives them are one item with both sides) -----------------------------------
      {"ministry-official-visit-talks-next-sentence", "2024-03-13",
       "Foreign Minister pays official visit to Vietnam\n\n"
       "Minister of Foreign Affairs Penny Wong paid an official visit to Hanoi on 12 March. During the visit, "
       "she held talks with Vietnamese Foreign Minister Bui Thanh Son on trade and maritime cooperation.",
       {{"visit", {"Penny Wong", "Bui Thanh Son"}, "2024-03-12", "Hanoi", HELD}},
       {},
       {}},
      // A call made during a visit is its own item; so is a planned meeting after a visit made.
      {"presidency-visit-and-phone-call", "2024-04-03",
       "President concludes visit to Tokyo\n\n"
       "TOKYO, April 3 (Reuters) - French President Emmanuel Macron ended a two-day visit to Tokyo on Wednesday. "
       "He spoke by phone with Ukrainian President Volodymyr Zelenskiy from the French embassy.",
       {{"visit", {"Emmanuel Macron"}, "2024-04-03", "Tokyo", HELD},
        {"phone-call", {"Emmanuel Macron", "Volodymyr Zelenskiy"}, "2024-04-03", "", HELD}},
       {},
       {}},
      // A planned visit and the meeting "where he will meet" its host are one item (M4); the pronoun
      // is the person named before it when the parser takes the dateline for the subject.
      {"wire-is-expected-to-visit", "2024-09-12",
       "Croatian president expected in Rome\n\n"
       "ZAGREB, Sept 12 (Reuters) - Croatian President Ivan Horvat is expected to visit Italy next week, where he "
       "will meet Italian President Marco Bianchi.",
       {{"visit", {"Ivan Horvat", "Marco Bianchi"}, "2024-09", "", PLANNED}},
       {},
       {}},
      // "said in an interview" is an interview (M3); "The Russian side is ready" is Russia's offer.
      {"tass-lavrov-sudan-offer-twice", "2024-05-05",
       "Russia ready to help Sudan peace efforts, Lavrov says\n\n"
       "MOSCOW, May 5. /TASS/. The Russian side is ready to help organize inclusive peace talks on Sudan, Russian "
       "Foreign Minister Sergey Lavrov said in an interview on Sunday. \"Russia is ready to support all efforts to "
       "bring the Sudanese parties to inclusive peace talks,\" the minister said.",
       {{"interview", {"Sergey Lavrov"}, "2024-05-05", "", HELD}},
       {{"Sergey Lavrov", "Russia is ready to support"}},
       {{"Russia", "proposed", "peace talks"}}},
      // The proposal's words end before the attribution ("..., X said in an interview"): checked below.
      {"ministry-proposal-before-attribution", "2024-06-07",
       "Szijjarto wants quarterly consultations\n\n"
       "BUDAPEST, June 7. /MTI/. Consultations between the two foreign ministries should be held every quarter, "
       "Hungarian Foreign Minister Peter Szijjarto said in an interview on Friday.",
       {{"interview", {"Peter Szijjarto"}, "2024-06-07", "", HELD}},  // M3, P5: the one interviewed
       {},
       {{"Peter Szijjarto", "proposed", "every quarter"}}},
      // --- prop5 (issue 11, proposals) ---------------------------------------------------------------
      // A wish for an act done with another party is the subject's proposal (GUIDELINE A6).
      {"ministry-wish-with-another-party", "2024-03-14",
       "Holm seeks closer energy ties\n\n"
       "OSLO, March 14. Norwegian Foreign Minister Lena Holm would like to cooperate with Estonia on energy security "
       "this year, her ministry said on Thursday.",
       {},
       {},
       {{"Lena Holm", "proposed", "energy security"}}},
      // A wish for one's own act is none ("wants to know").
      {"ministry-wish-of-own-act", "2024-03-15",
       "Reyes asks about inquiry\n\n"
       "MADRID, March 15. Spanish Foreign Minister Tomas Reyes wants to learn the results of the inquiry soon, "
       "his office said on Friday.",
       {},
       {},
       {}},
      // --- prop6 (issue 11, proposals) ---------------------------------------------------------------
      // "the need to" after a verb that stresses nothing is a noun, no modal of demand (A5 lists
      // the stressing verbs); a need confirmed by both sides is a joint position (B3).
      {"ministry-confirmed-need-both-sides", "2024-05-21",
       "Holm and Reyes discuss sanctions\n\n"
       "OSLO, May 21. To keep up the pressure, Foreign Ministers Lena Holm and Tomas Reyes confirmed the need to "
       "maintain the sanctions against the regime and continue close coordination.",
       {},
       {},
       {}},
      // A stressing verb misattached below a relative clause still takes its holder from the verb
      // of saying above it (A5).
      {"ministry-expressed-need-misattached", "2024-05-22",
       "Holm sees open questions\n\n"
       "OSLO, May 22. Norwegian Foreign Minister Lena Holm met her Estonian counterpart. But she pointed out that "
       "there are still many questions that need to be settled and expressed the need for further consultations.",
       {{"meeting", {"Lena Holm"}, "2024-05-22", "", HELD}},
       {},
       {{"Lena Holm", "proposed", "further consultations"}}},
      // "X ..., stating that she would like to": the pronoun subject of the reported clause is the
      // reporter, not the person named last ("Minister Reyes") (A6, R1).
      {"ministry-stating-that-she-would-like", "2024-05-23",
       "Holm congratulates Reyes\n\n"
       "OSLO, May 23. Minister Lena Holm offered her congratulations on Minister Tomas Reyes's appointment, "
       "stating that she would like to work closely with Minister Reyes on energy security.",
       {},
       {},
       {{"Lena Holm", "proposed", "energy security"}}},
      // "X conveyed to Y that, to ..., it was important for both sides to": X's directive (A4), also
      // when the parser hangs the reporting clause on the adjective.
      {"ministry-conveyed-it-was-important", "2024-05-24",
       "Holm speaks with Reyes\n\n"
       "OSLO, May 24. As she had relayed to Estonian officials, Minister Lena Holm conveyed to Minister Tomas Reyes "
       "that in order to create the conditions for negotiations, it was important for both sides to refrain from "
       "unilateral steps.",
       {},
       {},
       {{"Lena Holm", "proposed", "unilateral steps"}}},
      // A directive in the clause of "the policy / position of X" is X's, not the reporter's (R1).
      {"ministry-policy-of-country-must", "2024-05-27",
       "Holm restates Norway's position\n\n"
       "OSLO, May 27. Minister Lena Holm reiterated that it remains the policy of Norway that the disputed "
       "maritime boundary must be settled through negotiations under international law.",
       {},
       {},
       {{"Norway", "proposed", "maritime boundary"}}},
      // "the diplomat" is the ambassador who spoke, not a prime minister named in between.
      {"agency-the-diplomat-noted-not-prime-minister", "2024-05-28",
       "Energy accord to be signed in June - ambassador\n\n"
       "TALLINN, May 28. /TASS/. Estonia and Norway will sign an energy accord in June, Norway's Ambassador to "
       "Tallinn Anna Berg stated on Tuesday.\n\n"
       "Berg recalled that Estonian Prime Minister Tomas Reyes had praised the draft in April.\n\n"
       "\"The draft was welcomed by both governments as a sound basis for the accord,\" the diplomat noted.",
       {},
       {{"Anna Berg", "The draft was welcomed"}},
       {}},
      // A partial quotation in the next paragraph, under no verb of saying, goes on with the report
      // before it (S4).
      {"ministry-partial-quote-next-paragraph", "2024-05-29",
       "Holm and Reyes to meet on Friday\n\n"
       "OSLO, May 29. The Foreign Ministry of Norway said Lena Holm and Tomas Reyes will discuss \"ways to secure "
       "energy supplies across the region.\"\n\n"
       "On trade, the ministers will also look at tariffs in Estonia and how to \"expand exports of clean "
       "technology to new markets.\"",
       {{"meeting", {"Lena Holm", "Tomas Reyes"}, "2024-05-31", "", PLANNED}},
       {{"Foreign Ministry of Norway", "ways to secure energy"}, {"Foreign Ministry of Norway", "expand exports of clean"}},
       {}},
      // --- prop7 (issue 11, proposals) ---------------------------------------------------------------
      // "the Norwegian foreign minister" is the one named "Norwegian State Secretary and Foreign Minister":
      // the demonym before a pair of titles is the second title's country too (R1, via the speaker).
      {"ministry-paired-titles-then-nominal-speaker", "2024-06-03",
       "Holm calls for closer ties with Estonia\n\n"
       "OSLO, June 3. Norwegian State Secretary and Foreign Minister Lena Holm on Monday said she hoped the new "
       "Estonian envoy would build bridges between the two nations.\n\n"
       "Norway and Estonia should respect each other, work together peacefully and forge mutually beneficial "
       "cooperation, the Norwegian foreign minister said.",
       {},
       {},
       {{"Lena Holm", "proposed", "mutually beneficial"}}},
      // --- meet4 (issue 11, meetings): causes of the dev misses, on invented passages -------------
      // "a telephone talk": the singular names the call as the plural does.
      {"ministry-telephone-talk-singular", "2024-05-06",
       "Trade ministers discuss grain corridor\n\n"
       "Trade Minister Anna Berg held a telephone talk on Monday with Trade Minister Jonas Lind. "
       "They agreed that grain shipments must not be disrupted.",
       {{"phone-call", {"Anna Berg", "Jonas Lind"}, "2024-05-06", "", HELD}},
       {},
       {}},
      // The subject's title set off by commas ("Ms. X, Minister of Trade, held"), which
      // the parser may attach elsewhere: the party window crosses the apposition.
      {"ministry-telephone-talk-title-apposition", "2024-05-06",
       "Trade ministers discuss grain corridor\n\n"
       "On Monday, May 6, Ms. Anna Berg, Minister of Trade, held a phone talk with Mr. Jonas Lind, Minister of Trade "
       "of Norway, about grain shipments.",
       {{"phone-call", {"Anna Berg", "Jonas Lind"}, "2024-05-06", "", HELD}},
       {},
       {}},
      // --- meet6 (issue 11, meetings) -------------------------------------------------------------
      // A cue word inside a body's name with more name words after it ("Congress" of "Congress of
      // Deputies") names the body, not an event of it: an address is no meeting (N3).
      {"ministry-cue-inside-body-name", "2024-05-08",
       "Ministers address parliament\n\n"
       "Minister Lena Holm and Minister Tomas Reyes addressed the Congress of Deputies on Monday.",
       {},
       {},
       {}},
      // "in mid-March" is the month (D4), not the day of the agreement to meet.
      {"ministry-meeting-mid-month", "2024-01-17",
       "Ministers to meet\n\n"
       "Foreign Minister Lena Holm and Foreign Minister Tomas Reyes agreed on Monday to meet in mid-March in Oslo.",
       {{"meeting", {"Lena Holm", "Tomas Reyes"}, "2024-03", "Oslo", PLANNED}},
       {},
       {}},
      // "a day after X met Y" dates the meeting from the day named before the phrase (D7).
      {"ministry-meeting-a-day-after", "2024-05-08",
       "Holm busy week\n\n"
       "Minister Lena Holm's phone call with Minister Jonas Lind on Tuesday came a day after Holm met with "
       "President Tomas Reyes in Lima.",
       {{"phone-call", {"Lena Holm", "Jonas Lind"}, "2024-05-07", "", HELD},
        {"meeting", {"Lena Holm", "Tomas Reyes"}, "2024-05-06", "Lima", HELD}},
       {},
       {}},
      // "four days after": any count of days up to a week, from the count-words list.
      {"ministry-meeting-four-days-after", "2024-05-10",
       "Holm busy week\n\n"
       "Minister Lena Holm's phone call with Minister Jonas Lind on Tuesday came four days after Holm met with "
       "President Tomas Reyes in Lima.",
       {{"phone-call", {"Lena Holm", "Jonas Lind"}, "2024-05-07", "", HELD},
        {"meeting", {"Lena Holm", "Tomas Reyes"}, "2024-05-03", "Lima", HELD}},
       {},
       {}},
      // "the meeting, which was attended by X and Y": the relative clause's agents take part.
      {"ministry-meeting-attended-by", "2024-05-08",
       "Nordic ministers meet\n\n"
       "OSLO, May 8. The ministers discussed fisheries quotas. Norwegian Minister Lena Holm chaired the meeting, "
       "which was attended by Finnish Minister Jonas Lind and Swedish Minister Tomas Reyes.",
       {{"meeting", {"Lena Holm", "Jonas Lind", "Tomas Reyes"}, "2024-05-08", "", HELD}},
       {},
       {}},
      // "visited Norway to attend the X meeting": the trip's purpose infinitive shares its subject, so
      // the traveller attends (one item with the visit, M4), and the country visited is no party.
      {"ministry-visit-to-attend-meeting", "2024-05-08",
       "Minister abroad\n\n"
       "The ministry said on Wednesday that Minister Anna Berg visited Norway in March to attend the Arctic "
       "Council meeting in Tromso.",
       {{"visit", {"Anna Berg", "Arctic Council"}, "2024-03", "", HELD}},
       {},
       {}},
      // --- meet7 (issue 11, meetings) -------------------------------------------------------------
      // "with Deputy Minister for European Integration of ... X": "for" inside a capitalised title
      // does not end the party window, so the person named after the long title is the other side.
      {"ministry-call-with-long-title-for", "2024-05-06",
       "Minister holds phone call\n\n"
       "Minister Anna Berg had a phone call with Deputy Minister for European Integration of Estonia Tomas "
       "Reyes.",
       {{"phone-call", {"Anna Berg", "Tomas Reyes"}, "2024-05-06", "", HELD}},
       {},
       {}},
      // --- prop10 (issue 11, proposals): the guideline's cue forms A2-A5 ------------------------
      // "spoke in favour of" (A3) is a call, in either spelling.
      {"ministry-spoke-in-favour-of", "2025-04-02",
       "Minister backs wider council\n\n"
       "Foreign Minister Ingrid Haugland spoke in favour of expanding the membership of the Arctic Council.",
       {},
       {},
       {{"Ingrid Haugland", "proposed", "expanding"}}},
      {"agency-spoke-in-favor-of", "2025-04-02",
       "President backs renewed talks\n\n"
       "SEOUL, April 2 - President Park Ji-won spoke in favor of lifting the sanctions on fertiliser exports.",
       {},
       {},
       {{"Park Ji-won", "proposed", "lifting"}}},
      // "is prepared to" + an act for others (A2) is an offer, held by the one who is prepared.
      {"agency-prepared-to-offer", "2025-04-02",
       "Norway ready to send experts\n\n"
       "OSLO, April 2 - Norway is prepared to send demining experts to the border region, Foreign Minister "
       "Ingrid Haugland told reporters on Wednesday.",
       {},
       {},
       {{"Norway", "proposed", "demining"}}},
      // "has to" / "have to" of another party in the holder's words (A4) is a demand.
      {"quote-has-to-demand", "2025-04-02",
       "Minister urges action on refugees\n\n"
       "\"The international community has to increase its aid to the refugee camps,\" Foreign Minister Ingrid "
       "Haugland said on Wednesday.",
       {},
       {{"Ingrid Haugland", "The international community has to"}},
       {{"Ingrid Haugland", "proposed", "aid"}}},
      // "stressed the need for X to ..." (A5), with the act parsed as the verb's clause.
      {"readout-need-for-party-to", "2025-04-02",
       "Minister meets envoy\n\n"
       "Foreign Minister Ingrid Haugland stressed the need for both governments to reopen the border crossings "
       "before the winter.",
       {},
       {},
       {{"Ingrid Haugland", "proposed", "border crossings"}}},
      // "pressed X to" asks X for an act (A3); the pressed party is the addressee.
      {"agency-pressed-party-to", "2025-04-02",
       "Minister presses Hungary on aid\n\n"
       "BRUSSELS, April 2 - Foreign Minister Ingrid Haugland pressed Hungary to lift its veto on the aid package.",
       {},
       {},
       {{"Ingrid Haugland", "proposed", "veto", "Hungary"}}},
      // "it is time to", "it was time for X to" (A4): a directive in the reporting clause's words.
      {"agency-it-is-time-to", "2025-04-02",
       "Minister urges end to blockade\n\n"
       "Foreign Minister Ingrid Haugland said on Wednesday it is time to end the blockade of the port.",
       {},
       {},
       {{"Ingrid Haugland", "proposed", "blockade"}}},
      {"agency-it-was-time-for-party-to", "2025-04-02",
       "Minister urges return to talks\n\n"
       "Foreign Minister Ingrid Haugland said it was time for both sides to return to the negotiating table.",
       {},
       {},
       {{"Ingrid Haugland", "proposed", "negotiating table"}}},
      // "wants X to" (A6) asks another party for an act; "wanted to know" is the holder's own wish.
      {"agency-wants-party-to", "2025-04-02",
       "Norway wants observers at border\n\n"
       "OSLO, April 2 - Norway wants the United Nations to send observers to the border region, Foreign Minister "
       "Ingrid Haugland said on Wednesday.",
       {},
       {},
       {{"Norway", "proposed", "observers", "United Nations"}}},
      {"agency-wanted-to-know-no-proposal", "2025-04-02",
       "Minister seeks answers\n\n"
       "Foreign Minister Ingrid Haugland wanted to know why the shipment had been delayed, and she wants a full "
       "report.",
       {},
       {},
       {}},
      // "handed over a road map" presents a proposal noun (A1), the particle read as its preposition.
      {"ministry-handed-over-road-map", "2025-04-02",
       "Minister hands over settlement plan\n\n"
       "Foreign Minister Ingrid Haugland handed over a road map for the settlement of the border dispute to the "
       "mediators.",
       {},
       {},
       {{"Ingrid Haugland", "proposed", "border dispute"}}},
      // "would welcome X's participation" (A6) wishes another party's act; "would welcome the news" none.
      {"agency-would-welcome-party-act", "2025-04-02",
       "Norway open to Finnish role\n\n"
       "OSLO, April 2 - Norway would welcome Finland's participation in the monitoring mission, Foreign Minister "
       "Ingrid Haugland said on Wednesday.",
       {},
       {},
       {{"Norway", "proposed", "monitoring mission"}}},
      {"agency-would-welcome-news-no-proposal", "2025-04-02",
       "Minister on harbour\n\n"
       "Foreign Minister Ingrid Haugland said she would welcome the news that the harbour of Tromso had reopened.",
       {},
       {},
       {}},
      // A capitalised cue word inside a name proposes nothing ("Press" of a news agency).
      {"agency-press-in-name-no-proposal", "2025-04-02",
       "Agency reports on harbour\n\n"
       "The Nordic Press Agency reported on Wednesday that the harbour of Tromso had reopened.",
       {},
       {},
       {}},
      // --- Parties and dates read from more of the structure -----------------------------------
      // Countries as the "of" of a party noun stand for the people they send, as a demonym does.
      {"wire-foreign-ministers-of-two-countries", "2025-03-13",
       "Egypt, Jordan discuss border crossings\n\n"
       "CAIRO, March 13 (Reuters) - The foreign ministers of Egypt and Jordan met in Cairo on Monday to discuss "
       "the reopening of border crossings, officials said.",
       {{"meeting", {"Egypt", "Jordan"}, "2025-03-10", "Cairo", HELD}},
       {},
       {}},
      // The parser hangs "between ..." from the place; the parties are the clause's all the same.
      {"wire-talks-held-between-passive", "2025-03-13",
       "Nordic ministers meet\n\n"
       "Talks were held in Oslo on Tuesday between Lena Holm and Mikko Salonen.",
       {{"talks", {"Lena Holm", "Mikko Salonen"}, "2025-03-11", "Oslo", HELD}},
       {},
       {}},
      // A denied meeting is none.
      {"wire-did-not-meet", "2025-03-13",
       "No meeting in Copenhagen\n\n"
       "Danish Foreign Minister Lars Nielsen did not meet Icelandic Foreign Minister Helga Sigurdardottir on "
       "Tuesday, his office said.",
       {},
       {},
       {}},
      // "The talks took place on Monday": a later report of the talks just named gives their date.
      {"readout-talks-dated-in-next-sentence", "2025-03-13",
       "Talks in Amman\n\n"
       "Karim Mansour held talks with Laila Haddad in Amman. The talks took place on Monday.",
       {{"talks", {"Karim Mansour", "Laila Haddad"}, "2025-03-10", "Amman", HELD}},
       {},
       {}},
      // "Two days later": the last day named before, shifted.
      {"wire-two-days-later", "2025-03-13",
       "Holm tours the region\n\n"
       "Lena Holm met Mikko Salonen in Oslo on Monday. Two days later she held talks with Karim Mansour in Amman.",
       {{"meeting", {"Lena Holm", "Mikko Salonen"}, "2025-03-10", "Oslo", HELD},
        {"talks", {"Lena Holm", "Karim Mansour"}, "2025-03-12", "Amman", HELD}},
       {},
       {}},
      // "called" with a person as its object is a call; with more said of the object it is none.
      {"wire-chancellor-called-prime-minister", "2025-03-13",
       "Hofer calls Novotny over gas\n\n"
       "VIENNA, March 13 (Reuters) - Austrian Chancellor Klaus Hofer called Czech Prime Minister Jan Novotny on "
       "Wednesday to discuss gas supplies, the chancellery said.",
       {{"phone-call", {"Klaus Hofer", "Jan Novotny"}, "2025-03-12", "", HELD}},
       {},
       {}},
      {"wire-called-on-is-no-call", "2025-03-13",
       "Holm urges Finland to reopen border\n\n"
       "Norwegian Prime Minister Lena Holm called on Finnish President Mikko Salonen to reopen the border.",
       {},
       {},
       {{"Lena Holm", "proposed", "reopen the border"}}},
      // "separately", "separate talks": one meeting of the subject with each of the others.
      {"xinhua-met-separately-with-two", "2025-03-13",
       "Chinese vice premier meets African ministers\n\n"
       "BEIJING, March 13 (Xinhua) -- Chinese Vice Premier Li Wenhua met separately with Kenyan Foreign Minister "
       "Grace Wanjiru and Ghanaian Foreign Minister Kwame Asante in Beijing on Thursday.",
       {{"meeting", {"Li Wenhua", "Grace Wanjiru"}, "2025-03-13", "Beijing", HELD},
        {"meeting", {"Li Wenhua", "Kwame Asante"}, "2025-03-13", "Beijing", HELD}},
       {},
       {}},
      {"wire-held-separate-talks-with-two", "2025-03-13",
       "Holm in Helsinki\n\n"
       "Norwegian Foreign Minister Lena Holm held separate talks with Finnish President Mikko Salonen and "
       "Swedish Prime Minister Karin Lund on Monday.",
       {{"talks", {"Lena Holm", "Mikko Salonen"}, "2025-03-10", "", HELD},
        {"talks", {"Lena Holm", "Karin Lund"}, "2025-03-10", "", HELD}},
       {},
       {}},
      // The dateline is no part of the sentence it opens: "Norway calls on Russia to" parses as a clause.
      {"wire-present-calls-on-after-dateline", "2025-03-13",
       "Norway urges release of trawler crew\n\n"
       "OSLO, March 13 (Reuters) - Norway calls on Russia to release the crew of the trawler Nordkapp.",
       {},
       {},
       {{"Norway", "proposed", "release the crew"}}},
      // What is asked for ("to submit a climate plan") is the asking's words, never the addressee's proposal.
      {"unnamed-official-urged-country-to-submit-plan", "2025-03-13",
       "Climate talks\n\n"
       "The minister urged Nepal to submit a climate plan before the summit.",
       {},
       {},
       {}},
      // "The NATO Secretary General, Anders Voss,": the name set off after its title holds it, so
      // "the Secretary General" later is Voss.
      {"nato-title-apposition-then-title-alone", "2025-03-13",
       "NATO chief in Iceland\n\n"
       "The NATO Secretary General, Anders Voss, visited Reykjavik on Monday. The Secretary General thanked "
       "Iceland for its support and urged all Allies to invest more in defence.",
       {{"visit", {"Anders Voss"}, "2025-03-10", "", HELD}},
       {},
       {{"Anders Voss", "proposed", "invest more in defence"}}},
      // Passing since the dateline is left out of the sentence it opens (were known gaps).
      {"wire-possessive-meeting", "2024-03-14",
       "Austrian and Czech leaders meet\n\n"
       "VIENNA, March 14 (Reuters) - Austrian Chancellor Karl Huber's meeting with Czech Prime Minister Pavel "
       "Dvorak took place in Vienna on Monday.",
       {{"meeting", {"Karl Huber", "Pavel Dvorak"}, "2024-03-11", "Vienna", HELD}},
       {},
       {}},
      {"wire-talks-between-nmod", "2024-06-27",
       "Talks between Armenian and Azerbaijani diplomats end in Almaty\n\n"
       "ALMATY, June 27 (Reuters) - Talks between Armenian and Azerbaijani negotiators ended in Almaty on "
       "Wednesday without a date for the next round.",
       {{"talks", {"Armenia", "Azerbaijan"}, "2024-06-26", "Almaty", HELD}},
       {},
       {}},
      {"wire-relative-clause-who-met", "2025-02-20",
       "Norwegian envoy back from Colombia\n\n"
       "OSLO, Feb 20 (Reuters) - Norwegian envoy Henrik Dahl, who met Colombian President Andres Castillo in "
       "Bogota on Monday, returned to Oslo on Thursday.",
       {{"meeting", {"Henrik Dahl", "Andres Castillo"}, "2025-02-17", "Bogota", HELD}},
       {},
       {}},
      // "Duda received him": an object pronoun is never the subject of its own verb (its antecedent is the visitor).
      {"wire-visited-where-received", "2024-03-19",
       "Lithuanian minister in Warsaw\n\n"
       "VILNIUS, March 19 (BNS) - Lithuanian Foreign Minister Gabrielius Landsbergis visited Warsaw on Tuesday, "
       "where Polish President Andrzej Duda received him at the presidential palace.",
       {{"visit", {"Gabrielius Landsbergis", "Andrzej Duda"}, "2024-03-19", "Warsaw", HELD}},
       {},
       {}},
      // "was asked by X to": the agent asks; the subject is asked.
      {"wire-passive-asked-by", "2025-03-13",
       "Oman asked to mediate\n\n"
       "MUSCAT, March 13 (Reuters) - Oman has been asked by Saudi Arabia to mediate a new truce with the Houthis.",
       {},
       {},
       {{"Saudi Arabia", "proposed", "mediate a new truce"}}},
      // "suggested that tariffs would hurt farmers" assesses; it proposes nothing (B4).
      {"wire-suggested-that-would-assesses", "2025-03-13",
       "Clarke warns on tariffs\n\n"
       "LONDON, March 13 (Reuters) - British Trade Secretary Emma Clarke suggested on Thursday that U.S. tariffs "
       "would hurt American farmers.",
       {},
       {},
       {}},
      // "the ministry said", "it said": the body named before speaks.
      {"wire-the-ministry-said", "2025-03-13",
       "Italy urges Libya budget deal\n\n"
       "ROME, March 13 (Reuters) - Italy's Foreign Ministry on Thursday urged Libya's rival governments to agree "
       "on a budget. \"The window is closing,\" the ministry said.",
       {},
       {{"Italy's Foreign Ministry", "The window is closing"}},
       {{"Italy's Foreign Ministry", "proposed", "agree on a budget"}}},
      {"ministry-it-said", "2025-03-13",
       "Ministry on talks\n\n"
       "Norway's Foreign Ministry said on Thursday that the review had ended. \"The review was useful,\" it said "
       "in a statement.",
       {},
       {{"Norway's Foreign Ministry", "The review was useful"}},
       {}},
      // "gathered in Riga for a summit": the verb that gathers holds the summit, its subject the parties.
      {"wire-leaders-of-five-gathered-for-summit", "2025-03-13",
       "Nordic and Baltic leaders meet in Riga\n\n"
       "RIGA, March 13 (Reuters) - Leaders of Latvia, Lithuania, Estonia, Sweden and Finland gathered in Riga on "
       "Wednesday for a summit on energy security.",
       {{"summit", {"Latvia", "Lithuania", "Estonia", "Sweden", "Finland"}, "2025-03-12", "Riga", HELD}},
       {},
       {}},
      // The plural of a title names no person: "the presidents of Egypt and Jordan" are their countries.
      {"wire-presidents-of-two-countries", "2025-03-13",
       "Egypt and Jordan talk water\n\n"
       "The presidents of Egypt and Jordan met in Cairo on Monday to discuss water sharing.",
       {{"meeting", {"Egypt", "Jordan"}, "2025-03-10", "Cairo", HELD}},
       {},
       {}},
      // "The next round of talks is scheduled for April in Helsinki": a further meeting of the same parties.
      {"readout-next-round-scheduled", "2025-03-13",
       "Nordic ministers meet in Oslo\n\n"
       "Lena Holm and Mikko Salonen met in Oslo on Tuesday. The next round of talks is scheduled for April in "
       "Helsinki.",
       {{"meeting", {"Lena Holm", "Mikko Salonen"}, "2025-03-11", "Oslo", HELD},
        {"talks", {"Lena Holm", "Mikko Salonen"}, "2025-04", "Helsinki", PLANNED}},
       {},
       {}},
      // "They will meet again" after delegations: the countries they stand for.
      {"wire-delegations-they-meet-again", "2025-03-13",
       "Delegations meet in Istanbul\n\n"
       "The Russian and Ukrainian delegations met in Istanbul on Monday. They will meet again in Geneva in April.",
       {{"meeting", {"Russia", "Ukraine"}, "2025-03-10", "Istanbul", HELD},
        {"meeting", {"Russia", "Ukraine"}, "2025-04", "Geneva", PLANNED}},
       {},
       {}},
      // "open to hosting talks" offers them (N2): no meeting; "opened talks" reports held ones.
      {"wire-open-to-hosting-talks-is-no-meeting", "2025-03-13",
       "Norway offers venue\n\n"
       "Norway is open to hosting peace talks between Sudan and Chad, Foreign Minister Lena Holm said.",
       {},
       {},
       {{"Norway", "may-consider", "hosting peace talks"}}},
      {"wire-opened-talks-is-a-meeting", "2025-03-13",
       "Nordic talks open\n\n"
       "Norway and Sweden opened talks in Oslo on Monday.",
       {{"talks", {"Norway", "Sweden"}, "2025-03-10", "Oslo", HELD}},
       {},
       {}},
      // "X said after talks with Y": the one who speaks after the talks held them.
      {"wire-told-reporters-after-talks-with", "2025-03-13",
       "Putin and Erdogan discuss grain\n\n"
       "SOCHI, March 13 (Reuters) - Russian President Vladimir Putin told reporters after talks with Turkish "
       "President Recep Tayyip Erdogan in Sochi on Monday that the grain deal could be revived.",
       {{"talks", {"Vladimir Putin", "Recep Tayyip Erdogan"}, "2025-03-10", "Sochi", HELD}},
       {},
       {}},
      {"wire-called-remarks-unacceptable-is-no-call", "2025-03-13",
       "Holm rejects remarks\n\n"
       "Lena Holm called the remarks of Mikko Salonen unacceptable.",
       {},
       {},
       {}},
      // GUIDELINE A4: conditions put to another party are proposals; a condition on the weather is none.
      {"wire-only-if-other-party", "2026-03-10",
       "Estonia sets terms for reopening border\n\n"
       "TALLINN, March 9 (Reuters) - Estonia will reopen the border crossing only if Russia withdraws its troops "
       "from the frontier, Foreign Minister Mart Kask said on Monday.",
       {},
       {},
       {{"Estonia", "proposed", "withdraws its troops", "Russia"}}},
      {"ministry-quote-unless-passive", "2026-03-10",
       "Minister on sanctions\n\n"
       "\"We will not return to the negotiating table unless the sanctions are lifted,\" Foreign Minister "
       "Ivan Petrov told reporters in Minsk.",
       {},
       {{"Ivan Petrov", "We will not return"}},
       {{"Ivan Petrov", "proposed", "sanctions are lifted"}}},
      {"wire-ready-provided-that-two-items", "2026-03-10",
       "Peru ready to cooperate\n\n"
       "LIMA, March 9 (Reuters) - Peruvian Foreign Minister Rosa Quispe said Peru was ready to cooperate on "
       "fisheries provided that Chile respects the maritime boundary.",
       {},
       {},
       {{"Peru", "proposed", "cooperate on fisheries"}, {"Peru", "proposed", "Chile respects", "Chile"}}},
      {"wire-only-if-weather-none", "2026-03-10",
       "Regatta may be delayed\n\n"
       "HELSINKI, March 9 (Reuters) - The regatta will start on Friday only if the weather improves, the "
       "organisers said. Opposition leader Gabor Fekete said he would not stand down unless he is re-elected. "
       "Russia will respond only if it is attacked, Foreign Minister Ivan Petrov said.",
       {},
       {},
       {}},
      {"wire-condition-holder-is-the-clause-subject", "2026-03-10",
       "Terms\n\n"
       "COPENHAGEN, March 9 (Reuters) - Denmark will send troops to Estonia only if NATO asks, Defence Minister "
       "Jens Madsen said. Chile is willing to resume talks with Bolivia on condition that Bolivia withdraws its "
       "complaint, Foreign Minister Diego Soler said.",
       {},
       {},
       {{"Denmark", "proposed", "NATO asks", "North Atlantic Treaty Organization"},
        {"Chile", "proposed", "resume talks with Bolivia"},
        {"Chile", "proposed", "Bolivia withdraws", "Bolivia"}}},
      // S4: "he said" is the subject of the sentence before, not the last person it names.
      {"tass-pronoun-subject-of-sentence-before", "2026-03-10",
       "Kremlin on forum\n\n"
       "MOSCOW, March 9. /TASS/. Kremlin spokesman Oleg Sorokin said President Ivan Petrov would attend the "
       "forum. \"The president will speak at the forum,\" he said.",
       {},
       {{"Oleg Sorokin", "The president will speak"}},
       {}},
      {"wire-she-after-meeting-object", "2026-03-10",
       "Ministers meet\n\n"
       "LIMA, March 9 (Reuters) - Peruvian Foreign Minister Anna Rojas met Chilean Foreign Minister Martin "
       "Castillo in Lima on Monday. \"This is a historic day,\" she said.",
       {{"meeting", {"Anna Rojas", "Martin Castillo"}, "2026-03-09", "Lima", HELD}},
       {{"Anna Rojas", "This is a historic day"}},
       {}},
      // S4: "told TASS" names who was spoken to; an unnamed source gives no speaker to record.
      {"tass-source-told-agency", "2026-03-10",
       "Source on talks\n\n"
       "MOSCOW, March 9. /TASS/. \"The work is continuing,\" a source in the ministry told TASS. \"We will not "
       "accept it,\" a senior official told Reuters on condition of anonymity.",
       {},
       {},
       {}},
      // A denied proposal is none; a demand's own "must not" is the act demanded.
      {"wire-not-proposed-never-called", "2026-03-10",
       "Trade deal unchanged\n\n"
       "PRETORIA, March 9 (Reuters) - South Africa has not proposed any changes to the trade deal, Trade "
       "Minister Sipho Dlamini said on Monday. Norway did not call for new sanctions against Russia, and Chile "
       "never offered to mediate between the two sides.",
       {},
       {},
       {}},
      {"wire-must-not-and-not-just-propose", "2026-03-10",
       "Sanctions debate\n\n"
       "MADRID, March 9 (Reuters) - Spain did not just call for new sanctions on Iran. \"Iran must not enrich "
       "uranium beyond civilian levels,\" Foreign Minister Lucia Prado said.",
       {},
       {{"Lucia Prado", "Iran must not enrich"}},
       {{"Spain", "proposed", "new sanctions on Iran"},
        {"Lucia Prado", "proposed", "enrich uranium"}}},
      // R4: two parties that no reported meeting brings together are co-proposers, the first named holds it.
      {"wire-two-countries-urge-third", "2026-03-10",
       "Baltic appeal\n\n"
       "VILNIUS, March 9 (Reuters) - Poland and Lithuania on Monday urged NATO to station more troops in the "
       "Baltic region.",
       {},
       {},
       {{"Poland", "proposed", "station more troops", "North Atlantic Treaty Organization"}}},
      // B3: the same words after a meeting of the two are their joint position.
      {"wire-two-countries-after-their-meeting-joint", "2026-03-10",
       "Baltic talks\n\n"
       "VILNIUS, March 9 (Reuters) - Polish Foreign Minister Jan Nowak met Lithuanian Foreign Minister Jonas "
       "Kairys in Vilnius on Monday. Poland and Lithuania urged NATO to station more troops in the Baltic region.",
       {{"meeting", {"Jan Nowak", "Jonas Kairys"}, "2026-03-09", "Vilnius", HELD}},
       {},
       {}},
      // N2 and 1.1: a meeting denied through its governor, refused or only wished for is none.
      {"wire-meeting-not-planned-refused-wished", "2026-03-10",
       "Diplomacy\n\n"
       "TBILISI, March 9 (Reuters) - Russian President Ivan Sorokin does not plan to meet Georgian Prime "
       "Minister Levan Beridze. Finnish President Aino Laine refused to meet Estonian Prime Minister Kaja Tamm. "
       "Chilean President Rosa Vidal is not expected to visit Peru. Polish President Adam Nowak would like to "
       "meet Lithuanian President Jonas Kairys.",
       {},
       {},
       {}},
      // M3, 1.2: a press conference after talks is its own item; it does not swallow the talks.
      {"wire-talks-then-press-conference", "2026-03-10",
       "Diplomacy\n\n"
       "ATHENS, March 10 (Reuters) - Greek Prime Minister Nikos Pappas met Cypriot President Andreas Christou in "
       "Athens on Tuesday. Pappas later held a press conference.",
       {{"meeting", {"Nikos Pappas", "Andreas Christou"}, "2026-03-10", "Athens", HELD},
        {"press-conference", {"Nikos Pappas"}, "2026-03-10", "", HELD}},
       {},
       {}},
      // N4: a trip at home has no counterpart; a visit abroad is one (M4).
      {"wire-domestic-trip-none-visit-abroad", "2026-03-10",
       "Diplomacy\n\n"
       "DHAKA, March 10 (Reuters) - Bangladeshi Foreign Minister Rahim Chowdhury visited Chittagong on Tuesday. "
       "Indian Prime Minister Arjun Mehta visited a steel plant in Mumbai on Tuesday. German Chancellor Karl "
       "Weber visited Paris on Monday.",
       {{"visit", {"Karl Weber"}, "2026-03-09", "Paris", HELD}},
       {},
       {}},
      // 2.3, R3: a country's offer, then the same offer in the words of the minister who reports it: one item.
      {"wire-offer-then-spokesman-quote-one-item", "2026-03-10",
       "Norway offers to host Sudan talks\n\n"
       "OSLO, March 9 (Reuters) - Norway has offered to host peace talks between Sudan's warring parties, "
       "Foreign Minister Erik Holm said on Monday. \"We are ready to host the talks in Oslo,\" Holm told "
       "reporters.",
       {},
       {{"Erik Holm", "We are ready to host"}},
       {{"Norway", "proposed", "host peace talks"}}},
      // 1.2: "the talks" in the next sentence are the talks just reported, with whoever it names.
      {"wire-the-talks-attended-by-one-item", "2026-03-10",
       "Diplomacy\n\n"
       "PARIS, March 10 (Reuters) - French Foreign Minister Paul Girard held talks with Italian Foreign "
       "Minister Marco Bianchi in Paris on Monday. The talks were also attended by Spanish Foreign Minister "
       "Elena Ruiz.",
       {{"talks", {"Paul Girard", "Marco Bianchi", "Elena Ruiz"}, "2026-03-09", "Paris", HELD}},
       {},
       {}},
      {"nato-chaired-the-meeting-one-item", "2026-03-10",
       "Diplomacy\n\n"
       "BRUSSELS, March 10 (Reuters) - NATO defence ministers met in Brussels on Tuesday. NATO Secretary "
       "General Hendrik Vos chaired the meeting.",
       {{"meeting", {"North Atlantic Treaty Organization", "Hendrik Vos"}, "2026-03-10", "Brussels", HELD}},
       {},
       {}},
      // P1: every person met, two titled names joined by "and".
      {"wire-met-two-titled-ministers", "2026-03-10",
       "Diplomacy\n\n"
       "OSLO, March 10 (Reuters) - Norwegian Foreign Minister Karin Nyberg met Danish Foreign Minister Lars "
       "Holt and Finnish Foreign Minister Ville Koski in Oslo on Monday. Serbian President Milan Jovic met "
       "German Ambassador Hans Weber on Monday.",
       {{"meeting", {"Karin Nyberg", "Lars Holt", "Ville Koski"}, "2026-03-09", "Oslo", HELD},
        {"meeting", {"Milan Jovic", "Hans Weber"}, "2026-03-09", "", HELD}},
       {},
       {}},
      // P5: a media event set off after the person, who is interviewed or briefs.
      {"wire-parenthetical-interview-and-news-conference", "2026-03-10",
       "Diplomacy\n\n"
       "MADRID, March 10 (Reuters) - Spanish Prime Minister Carlos Vega, in an interview with El Pais on Sunday, "
       "said the economy was growing. Italian Prime Minister Giulia Conti, at a news conference in Rome on "
       "Monday, said taxes would fall.",
       {{"interview", {"Carlos Vega", "El País"}, "2026-03-08", "", HELD},
        {"press-conference", {"Giulia Conti"}, "2026-03-09", "Rome", HELD}},
       {},
       {}},
      // D7: "then met" is on the day of the meeting reported before; two meetings (1.2).
      {"wire-then-met-same-day", "2026-03-10",
       "Diplomacy\n\n"
       "OSLO, March 10 (Reuters) - Swedish Foreign Minister Karin Nyberg met Danish Foreign Minister Lars Holt in "
       "Oslo on Monday. Nyberg then met Norwegian Prime Minister Jonas Eide.",
       {{"meeting", {"Karin Nyberg", "Lars Holt"}, "2026-03-09", "Oslo", HELD},
        {"meeting", {"Karin Nyberg", "Jonas Eide"}, "2026-03-09", "", HELD}},
       {},
       {}},
      // S4: the last one said to speak in the sentence before, in a relative clause too.
      {"wire-he-said-after-who-said", "2026-03-10",
       "Diplomacy\n\n"
       "PARIS, March 9 (Reuters) - French President Claire Duval met Italian Prime Minister Marco Bellini, who "
       "said the talks had been useful. \"We are closer than ever,\" he said.",
       {{"meeting", {"Claire Duval", "Marco Bellini"}, "2026-03-10", "", HELD}},
       {{"Marco Bellini", "We are closer than ever"}},
       {}},
      // 1.2, D7: "the talks" an interview is about are the talks just reported; "later" is their day.
      {"wire-interview-about-the-talks-later", "2026-03-10",
       "Diplomacy\n\n"
       "MADRID, March 9 (Reuters) - Spanish Prime Minister Luis Marin met Portuguese Prime Minister Rui Costa "
       "on Monday. Marin later gave an interview to El Pais about the talks.",
       {{"talks", {"Luis Marin", "Rui Costa"}, "2026-03-09", "", HELD},  // "the talks" told it again
        {"interview", {"Luis Marin", "El País"}, "2026-03-09", "", HELD}},
       {},
       {}},
      // 1.1: "declined to comment on his talks" does not deny the talks.
      {"wire-declined-to-comment-on-talks", "2026-03-10",
       "Diplomacy\n\n"
       "PARIS, March 10 (Reuters) - French Foreign Minister Paul Girard declined to comment on his talks with "
       "Italian Foreign Minister Marco Bianchi in Paris on Monday.",
       {{"talks", {"Paul Girard", "Marco Bianchi"}, "2026-03-09", "Paris", HELD}},
       {},
       {}},
      // A4: a demand of a thing ("demanded an apology"); courtesy offered is none (B4).
      {"wire-demanded-apology-offered-condolences", "2026-03-10",
       "Diplomacy\n\n"
       "OSLO, March 9 (Reuters) - Norwegian Foreign Minister Erik Holm demanded an apology from Russia. Chile "
       "offered its condolences to Peru.",
       {},
       {},
       {{"Erik Holm", "proposed", "apology"}}},
      // N2: talks one is urged to return to are proposed; talks returned to are held.
      {"wire-urged-to-return-to-talks-none", "2026-03-10",
       "Diplomacy\n\n"
       "GENEVA, March 10 (Reuters) - Russian and Ukrainian negotiators returned to the talks in Geneva on Monday. "
       "Norway and Chile urged Iran to return to talks.",
       {{"talks", {"Russia", "Ukraine"}, "2026-03-09", "Geneva", HELD}},
       {},
       {{"Norway", "proposed", "return to talks", "Iran"}}},
      // S4: "according to X" after the quotation names its speaker.
      {"wire-quote-then-according-to", "2026-03-10",
       "Diplomacy\n\n"
       "JAKARTA, March 9 (Reuters) - Indonesian Foreign Minister Dewi Santoso spoke to ASEAN envoys on Monday. "
       "\"Unity is our strength,\" according to Santoso.",
       {},
       {{"Dewi Santoso", "Unity is our strength"}},
       {}},
      // D1/D2: "Talks between X and Y were held ... on Friday", however the parser hangs "held".
      {"wire-talks-between-titled-were-held-friday", "2026-03-10",
       "Diplomacy\n\n"
       "GENEVA, March 10 (Reuters) - Talks between Armenian Foreign Minister Aram Petrosyan and Azerbaijani "
       "Foreign Minister Elchin Mammadli were held in Geneva on Friday.",
       {{"talks", {"Aram Petrosyan", "Elchin Mammadli"}, "2026-03-06", "Geneva", HELD}},
       {},
       {}},
      // A scheduled meeting's own day, not the day the office said so (a known gap until 8543a68).
      {"wire-will-meet-next-monday", "2024-03-14",
       "Irish and Portuguese premiers to meet\n\n"
       "DUBLIN, March 14 (Reuters) - Irish Prime Minister Sean Murphy will meet Portuguese Prime Minister Joao "
       "Ferreira in Lisbon on Monday, his office said on Thursday.",
       {{"meeting", {"Sean Murphy", "Joao Ferreira"}, "2024-03-18", "Lisbon", PLANNED}},
       {},
       {}},
  };
  return cases;
}

// ---------------------------------------------------------------------------
// Known gaps: passages the extractor gets wrong today, each with a note of what
// it gets wrong. The expectations are what a careful reader records; they are
// not weakened to match the output. Run by the may_fail test case below.
// ---------------------------------------------------------------------------
const std::vector<Case>& known_gap_cases() {
  static const std::vector<Case> cases = {
      // Gap since the dateline is left out of the parse: the parser reads "Romanian" as a complement of
      //   "met" and "Andrei Popescu" as the subject of "said"; the meeting takes the article's day.
      {"wire-date-of-meeting-not-of-report", "2024-06-27",
       "Bulgarian and Romanian premiers met last week\n\n"
       "SOFIA, June 27 (Reuters) - Bulgarian Prime Minister Dimitar Ivanov met Romanian Prime Minister Andrei "
       "Popescu in Bucharest on June 19, the government said on Thursday.",
       {{"meeting", {"Dimitar Ivanov", "Andrei Popescu"}, "2024-06-19", "Bucharest", HELD}},
       {},
       {}},
      // Gap: "hosted Xi for talks at the Elysee": talks attached with "for" are read as their own item
      //   (Xi, Elysee Palace) instead of the hosting's; taking "for" as the holder's oblique broke other passages.
      {"reuters-macron-olympic-truce-talks", "2024-05-06",
       "Macron calls for Olympic truce as he hosts Xi\n\n"
       "PARIS, May 6 (Reuters) - French President Emmanuel Macron called for a global Olympic truce during the "
       "Paris Games as he hosted Chinese President Xi Jinping for talks at the Elysee Palace on Monday.",
       {{"talks", {"Emmanuel Macron", "Xi Jinping"}, "2024-05-06", "", HELD}},
       {},
       {{"Emmanuel Macron", "proposed", "truce"}}},
      // Gap: the parser makes "a news conference" the subject of the reported clause ("told a news
      //   conference that ... will"), so its "will" marks the press conference planned.
      {"reuters-nato-vilnius-summit", "2023-07-11",
       "NATO leaders open summit in Vilnius\n\n"
       "VILNIUS, July 11 (Reuters) - NATO leaders opened a two-day summit in Vilnius on Tuesday, with Ukraine's "
       "membership prospects topping the agenda. Secretary General Jens Stoltenberg told a news conference that "
       "allies would send a clear message on Ukraine's future.",
       {{"summit", {"NATO"}, "2023-07-11", "Vilnius", HELD},
        {"press-conference", {"Jens Stoltenberg"}, "2023-07-11", "", HELD}},
       {},
       {}},
      // Gap: the headline "border talks with China making progress" becomes talks [India, China] held on the
      //   article day.
      {"reuters-jaishankar-wang-last-month", "2024-09-05",
       "India says border talks with China making progress\n\n"
       "NEW DELHI, Sept 5 (Reuters) - Indian External Affairs Minister Subrahmanyam Jaishankar met Chinese Foreign "
       "Minister Wang Yi in Vientiane in July, the ministry said on Thursday.",
       {{"meeting", {"Subrahmanyam Jaishankar", "Wang Yi"}, "2024-07", "Vientiane", HELD}},
       {},
       {}},
      // Gap since the retrained parser (model format 2) and the merged structure-based finders:
      //   more meetings than expected.
      {"reuters-netanyahu-to-meet-trump", "2025-04-03",
       "Netanyahu to meet Trump at White House\n\n"
       "JERUSALEM, April 3 (Reuters) - Israeli Prime Minister Benjamin Netanyahu is set to meet President Donald "
       "Trump at the White House on Monday, the prime minister's office said on Thursday.",
       {{"meeting", {"Benjamin Netanyahu", "Donald Trump"}, "2025-04-07", "", PLANNED}},
       {},
       {}},
      // Gap since the retrained parser (model format 2) and the merged structure-based finders:
      //   more meetings than expected.
      {"reuters-erdogan-offers-to-host", "2023-03-02",
       "Erdogan offers to host Russia-Ukraine prisoner talks\n\n"
       "ANKARA, March 2 (Reuters) - Turkish President Tayyip Erdogan offered on Thursday to mediate an exchange of "
       "prisoners between Russia and Ukraine, his office said.",
       {},
       {},
       {{"Tayyip Erdogan", "proposed", "exchange of prisoners"}}},
      // Gap since the retrained parser (model format 2) and the merged structure-based finders:
      //   more meetings than expected.
      {"reuters-kazakhstan-ready-to-provide", "2022-10-14",
       "Kazakhstan offers venue\n\n"
       "ASTANA, Oct 14 (Reuters) - Kazakhstan is ready to provide a platform for negotiations between Russia and "
       "Ukraine, President Kassym-Jomart Tokayev said on Friday.",
       {},
       {},
       {{"Kazakhstan", "proposed", "platform for negotiations"}}},
      // Gap since the retrained parser (model format 2) and the merged structure-based finders:
      //   missing meeting: talks [Joe Biden, Fumio Kishida] date=2024-01 place=(any) planned.
      {"ap-biden-to-host-kishida", "2023-12-12",
       "Biden to host Japan's Kishida for White House talks\n\n"
       "WASHINGTON (AP) \xE2\x80\x94 President Joe Biden will host Japanese Prime Minister Fumio Kishida for talks "
       "at the White House next month, the White House said Tuesday. The leaders are expected to discuss North "
       "Korea's missile launches and China's growing military activity.",
       {{"talks", {"Joe Biden", "Fumio Kishida"}, "2024-01", "", PLANNED}},
       {},
       {}},
      // Gap since the retrained parser (model format 2) and the merged structure-based finders:
      //   missing meeting: visit [Volodymyr Zelenskiy] date=2022-12-21 place=Washington held; missing meeting: talks [Volodymyr Zelenskiy, Joe Biden] date=2022-12-21 place=(any) planned.
      {"reuters-zelenskiy-washington-visit", "2022-12-21",
       "Zelenskiy visits Washington in first trip abroad since invasion\n\n"
       "WASHINGTON, Dec 21 (Reuters) - Ukrainian President Volodymyr Zelenskiy arrived in Washington on Wednesday "
       "on his first foreign trip since Russia's invasion. He is due to hold talks with President Joe Biden at the "
       "White House later in the day.",
       {{"visit", {"Volodymyr Zelenskiy"}, "2022-12-21", "Washington", HELD},
        {"talks", {"Volodymyr Zelenskiy", "Joe Biden"}, "2022-12-21", "", PLANNED}},
       {},
       {}},
  };
  return cases;
}

// ---------------------------------------------------------------------------

// The names an entity answers to: the fullest form the article uses, the other
// forms it uses, and the lexicon's label ("U.S." is also "United States").
std::vector<std::string> names_of(const extract::Extraction& x, extract::EntityId id) {
  std::vector<std::string> names;
  if (id >= x.entities.size()) return names;
  const auto& entity = x.entities[id];
  names.push_back(entity.name);
  names.insert(names.end(), entity.aliases.begin(), entity.aliases.end());
  if (!entity.canonical.empty()) names.push_back(entity.canonical);
  return names;
}

bool is_named(const extract::Extraction& x, std::optional<extract::EntityId> id, const std::string& name) {
  if (!id) return false;
  auto names = names_of(x, *id);
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string entity_label(const extract::Extraction& x, std::optional<extract::EntityId> id) {
  if (!id) return "-";
  if (*id >= x.entities.size()) return "?";
  const auto& entity = x.entities[*id];
  if (entity.canonical.empty() || entity.canonical == entity.name) return entity.name;
  return entity.name + " (" + entity.canonical + ")";
}

std::string describe(const extract::Extraction& x) {
  std::ostringstream out;
  for (const auto& m : x.meetings) {
    out << "  meeting " << m.kind << " [";
    for (std::size_t i = 0; i < m.participants.size(); ++i)
      out << (i ? ", " : "") << entity_label(x, m.participants[i]);
    out << "] date=" << (m.date.empty() ? "-" : m.date) << " place=" << entity_label(x, m.place)
        << (m.planned ? " planned" : " held") << "\n";
  }
  for (const auto& s : x.statements)
    out << "  statement " << entity_label(x, s.speaker) << ": \"" << s.text.substr(0, 60) << "\"\n";
  for (const auto& p : x.proposals) {
    out << "  proposal " << entity_label(x, p.proposer) << " " << p.modality;
    for (auto id : p.addressees) out << " -> " << entity_label(x, id);
    out << ": \"" << p.text.substr(0, 80) << "\"\n";
  }
  std::string text = out.str();
  return text.empty() ? "  (nothing)\n" : text;
}

std::string describe(const ExpectedMeeting& m) {
  std::ostringstream out;
  out << m.kind << " [";
  for (std::size_t i = 0; i < m.participants.size(); ++i) out << (i ? ", " : "") << m.participants[i];
  out << "] date=" << (m.date.empty() ? "-" : m.date) << " place=" << (m.place.empty() ? "(any)" : m.place)
      << (m.planned ? " planned" : " held");
  return out.str();
}

bool matches(const extract::Extraction& x, const extract::Meeting& found, const ExpectedMeeting& expected) {
  if (found.kind != expected.kind || found.date != expected.date || found.planned != expected.planned) return false;
  for (const auto& name : expected.participants)
    if (std::none_of(found.participants.begin(), found.participants.end(),
                     [&](extract::EntityId id) { return is_named(x, id, name); }))
      return false;
  return expected.place.empty() || is_named(x, found.place, expected.place);
}

// The words a statement or proposal carries are the speaker's or the holder's
// own: no quotation mark, no closing comma.
bool clean(const std::string& text) {
  return !text.empty() && text.back() != ',' && text.find('"') == std::string::npos &&
         text.find("\xE2\x80\x9C") == std::string::npos && text.find("\xE2\x80\x9D") == std::string::npos;
}

bool matches(const extract::Extraction& x, const extract::Statement& found, const ExpectedStatement& expected) {
  return is_named(x, found.speaker, expected.speaker) && found.text.rfind(expected.opening, 0) == 0 &&
         clean(found.text);
}

bool matches(const extract::Extraction& x, const extract::Proposal& found, const ExpectedProposal& expected) {
  return is_named(x, found.proposer, expected.proposer) && found.modality == expected.modality &&
         found.text.find(expected.word) != std::string::npos && clean(found.text) &&
         (expected.addressee.empty() ||
          std::any_of(found.addressees.begin(), found.addressees.end(),
                      [&](extract::EntityId id) { return is_named(x, id, expected.addressee); }));
}

template <typename Found, typename Expected>
bool found_in(const extract::Extraction& x, const std::vector<Found>& found, const Expected& expected) {
  return std::any_of(found.begin(), found.end(), [&](const Found& f) { return matches(x, f, expected); });
}

// A passage ("Headline\n\nBody") of an article dated `date`, through the extractor.
extract::Extraction extract_passage(const std::string& text, const std::string& date, const std::string& name) {
  NullDiagnostics diagnostics;
  ingest::Metadata metadata;
  metadata.date = date;
  auto article = ingest::make_article(text, metadata, {"test_events:" + name, 0}, ingest::IngestOptions{},
                                      diagnostics);
  return extract::extract(article, *lexicon::Knowledge::standard(), diagnostics);
}

// Checks one case with CHECKs; returns whether all of them held.
bool check_case(const Case& c) {
  auto x = extract_passage(c.text, c.date, c.name);

  INFO("case: " << c.name << " (article date " << c.date << ")");
  INFO("passage:\n" << c.text);
  INFO("found:\n" << describe(x));
  bool ok = true;
  for (const auto& m : c.meetings) {
    bool found = found_in(x, x.meetings, m);
    CHECK_MESSAGE(found, "missing meeting: " << describe(m));
    ok &= found;
  }
  for (const auto& s : c.statements) {
    bool found = found_in(x, x.statements, s);
    CHECK_MESSAGE(found, "missing statement: " << s.speaker << ": \"" << s.opening << "...\"");
    ok &= found;
  }
  for (const auto& p : c.proposals) {
    bool found = found_in(x, x.proposals, p);
    CHECK_MESSAGE(found, "missing proposal: " << p.proposer << " " << p.modality << " (\"" << p.word << "\")"
                                               << (p.addressee.empty() ? "" : " -> " + p.addressee));
    ok &= found;
  }
  CHECK_MESSAGE(x.meetings.size() <= c.meetings.size(), "more meetings than expected");
  CHECK_MESSAGE(x.statements.size() <= c.statements.size(), "more statements than expected");
  CHECK_MESSAGE(x.proposals.size() <= c.proposals.size(), "more proposals than expected");
  ok &= x.meetings.size() <= c.meetings.size() && x.statements.size() <= c.statements.size() &&
        x.proposals.size() <= c.proposals.size();
  return ok;
}

// Each meeting as "kind [its parties, sorted]", sorted.
std::vector<std::string> meetings_with_parties(const extract::Extraction& x) {
  std::vector<std::string> found;
  for (const auto& m : x.meetings) {
    std::vector<std::string> names;
    for (auto id : m.participants) names.push_back(entity_label(x, id));
    std::sort(names.begin(), names.end());
    std::string joined;
    for (const auto& name : names) joined += (joined.empty() ? "" : ", ") + name;
    found.push_back(m.kind + " [" + joined + "]");
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

TEST_CASE("events: meetings, statements and proposals in news passages") {
  REQUIRE(passing_cases().size() >= 40);
  for (const auto& c : passing_cases()) check_case(c);
}

// Exact parties: no more than the clause names, none lost after a delegation.
TEST_CASE("events: a meeting's parties are exactly those its clause names") {
  auto x = extract_passage(
      "Calls and meetings\n\n"
      "MOSCOW, March 5. /TASS/. Vladimir Putin spoke by phone with Donald Trump on Tuesday. Separately, Sergei "
      "Lavrov met Marco Rubio in Riyadh on Tuesday. Antony Blinken met his Chinese counterpart Wang Yi in Vientiane "
      "on Monday. Ukrainian officials met on Monday to discuss the budget. Volodymyr Zelenskyy held talks in Geneva "
      "on Monday with the Russian delegation and Turkish mediators. The White House says President Joe Biden has "
      "spoken on the phone with Chinese President Xi Jinping.",
      "2025-03-05", "parties");
  INFO("found:\n" << describe(x));
  CHECK(meetings_with_parties(x) == std::vector<std::string>{
                     "meeting [Antony Blinken, Wang Yi]",
                     "meeting [Marco Rubio, Sergei Lavrov (Sergey Lavrov)]",
                     "phone-call [Donald Trump, Vladimir Putin]",
                     "phone-call [Joe Biden, Xi Jinping]",  // who says so is no party
                     "talks [Russia, Turkey, Volodymyr Zelenskyy]",
                 });
}

// GUIDELINE P1: people first, not also their country, even when the headline
// names the countries and the body the people who speak for them.
TEST_CASE("events: a headline's countries give way to the people who speak for them") {
  auto x = extract_passage(
      "Norway and Chile hold talks on fisheries\n\n"
      "OSLO, March 9 (Reuters) - Norwegian Foreign Minister Lena Holm met her Chilean counterpart Diego Reyes in "
      "Oslo on Monday to discuss fisheries, the ministry said.",
      "2026-03-10", "headline-sides");
  INFO("found:\n" << describe(x));
  CHECK(meetings_with_parties(x) == std::vector<std::string>{"talks [Diego Reyes, Lena Holm]"});
  REQUIRE(x.meetings.size() == 1);
  CHECK(x.meetings[0].date == "2026-03-09");

  // The delegation's country stays, the named person's does not; one who praises the talks is no party.
  x = extract_passage(
      "India, China hold border talks\n\n"
      "NEW DELHI, Aug 19 (Reuters) - Indian Foreign Secretary Vikram Misri held talks with the Chinese "
      "delegation in New Delhi on Monday. U.S. President Joe Biden praised the talks.",
      "2024-08-19", "headline-sides-2");
  INFO("found:\n" << describe(x));
  CHECK(meetings_with_parties(x) == std::vector<std::string>{"talks [China, Vikram Misri]"});
}

// P2: sides named by a demonym and a party noun, a portfolio between them; what the
// meeting is about ("on North Korea") is no party.
TEST_CASE("events: delegations of portfolio and service; the topic is no party") {
  auto x = extract_passage(
      "Diplomacy\n\n"
      "NEW DELHI, March 10 (Reuters) - Indian and Chinese military commanders held talks on Sunday. Indian and "
      "Pakistani defence ministers met in Dubai on Monday. Greek and Turkish experts held consultations in "
      "Athens on Monday. Japanese and Australian diplomats held talks on North Korea in Tokyo on Friday.",
      "2026-03-10", "delegations");
  INFO("found:\n" << describe(x));
  CHECK(meetings_with_parties(x) == std::vector<std::string>{
                                        "consultations [Greece, Turkey]",
                                        "meeting [India, Pakistan]",
                                        "talks [Australia, Japan]",
                                        "talks [China, India]",
                                    });
}

// Known gaps: expected to fail until the extractor improves; run and reported,
// never failing the build.
TEST_CASE("events: known gaps" * doctest::may_fail()) {
  std::size_t now_passing = 0;
  for (const auto& c : known_gap_cases()) {
    if (check_case(c)) {
      ++now_passing;
      MESSAGE("known gap now passes, move it to the passing table: " << c.name);
    }
  }
  MESSAGE((known_gap_cases().size() - now_passing) << " of " << known_gap_cases().size() << " known gaps still fail");
}

// Roles and coreference (issue 11, item 4): a title is a noun phrase of one
// sentence, and a role noun points to the fitting person the article is about.
TEST_CASE("roles: a title never runs across the headline into the body") {
  auto x = extract_passage(
      "Zelenskyy thanks Sweden\n\nPresident of Ukraine Volodymyr Zelenskyy met Swedish Prime Minister Ulf "
      "Kristersson in Kyiv on Thursday.",
      "2024-03-14", "title-headline");
  REQUIRE_FALSE(x.roles.empty());
  for (const auto& role : x.roles) {
    INFO("title: " << role.title);
    CHECK(role.title.find('\n') == std::string::npos);
    CHECK(role.title.find("Sweden") == std::string::npos);
  }
}

TEST_CASE("roles: the second title of a pair is for whom the first is") {
  auto x = extract_passage(
      "Talks in Tallinn\n\nNorwegian State Secretary and Foreign Minister Lena Holm arrived in Tallinn on Monday.",
      "2024-06-03", "paired-titles");
  bool found = false;
  for (const auto& role : x.roles) {
    INFO("title: " << role.title);
    if (role.title != "Foreign Minister") continue;
    found = true;
    REQUIRE(role.organization.has_value());
    CHECK(is_named(x, role.organization, "Norway"));
  }
  CHECK(found);
}

TEST_CASE("coreference: \"the president\" is the fitting person the passage is about") {
  auto x = extract_passage(
      "Putin, Macron hold phone talks\n\nRussian President Vladimir Putin had a telephone conversation with "
      "French President Emmanuel Macron on Thursday. The president is in Moscow this week.",
      "2024-03-14", "president");
  std::vector<std::string> pointed;  // who "The president" is a mention of
  for (extract::EntityId id = 0; id < x.entities.size(); ++id)
    for (const auto& mention : x.entities[id].mentions)
      if (mention.rule == "nominal-coreference") pointed.push_back(x.entities[id].name);
  CHECK(pointed == std::vector<std::string>{"Vladimir Putin"});
}

// "May" is the month after a preposition of time closing a clause, never the
// person after "by" or "for" ("backed by May.").
TEST_CASE("dates: \"in May.\" is the month, \"backed by May.\" is not") {
  NullDiagnostics diagnostics;
  ingest::Metadata metadata;
  metadata.date = "2024-03-14";
  auto article = ingest::make_article(
      "Talks planned\n\nThe ministers will hold talks in Riga in May. The plan was backed by May.", metadata,
      {"test_events:may", 0}, ingest::IngestOptions{}, diagnostics);
  auto x = extract::extract(article, *lexicon::Knowledge::standard(), diagnostics);
  std::vector<std::string> months;
  for (const auto& date : x.dates) months.push_back(date.value + "/" + std::to_string(date.mentions.size()));
  CHECK(months == std::vector<std::string>{"2024-05/1"});
}

// A proposal's words and a quotation's text end where the holder's own words
// end: never the attribution after them ("..., X said in an interview"), the
// closing quotation mark or the comma before it (issue 11).
TEST_CASE("proposals and statements: their words stop before the attribution") {
  auto x = extract_passage(
      "Ministers on consultations\n\n"
      "BUDAPEST, June 7. /MTI/. Consultations between the two foreign ministries should be held every quarter, "
      "Hungarian Foreign Minister Peter Szijjarto said in an interview on Friday. \"NATO must withdraw its forces "
      "from our borders, and we insist on this,\" Deputy Foreign Minister Alexander Grushko concluded.",
      "2024-06-07", "attribution");
  INFO("found:\n" << describe(x));
  REQUIRE_FALSE(x.proposals.empty());
  REQUIRE_FALSE(x.statements.empty());
  for (const auto& p : x.proposals) {
    INFO("proposal: " << p.text);
    CHECK(clean(p.text));
    CHECK(p.text.find("said") == std::string::npos);
    CHECK(p.text.find("concluded") == std::string::npos);
    CHECK(p.text.find("Szijjarto") == std::string::npos);
  }
  bool quarter = std::any_of(x.proposals.begin(), x.proposals.end(), [](const extract::Proposal& p) {
    return p.text.ends_with("every quarter");
  });
  CHECK(quarter);
  for (const auto& s : x.statements) {
    INFO("statement: " << s.text);
    CHECK(clean(s.text));
    CHECK(s.text.ends_with("we insist on this"));
  }
}

TEST_CASE("proposals: the words stop before a finite verb joined to the proposal's own, the proposer's next act") {
  auto x = extract_passage(
      "Demands and offers\n\n"
      "Lithuania on Thursday demanded that Belarus release the detained journalist and summoned the Belarusian "
      "envoy. Finland offered to mediate between the two sides and sent an envoy to the region. Lena Holm "
      "proposed that the two countries resume talks and set up a joint commission.",
      "2025-03-13", "next-act");
  INFO("found:\n" << describe(x));
  std::vector<std::string> texts;
  for (const auto& p : x.proposals) texts.push_back(p.text);
  auto has = [&](const std::string& text) { return std::find(texts.begin(), texts.end(), text) != texts.end(); };
  CHECK(has("Belarus release the detained journalist"));
  CHECK(has("mediate between the two sides"));
  // Base forms joined to base forms are one proposal.
  CHECK(has("the two countries resume talks and set up a joint commission"));
}

// The counts of a shifted date ("two days after") come from ontology/words/count-words.txt.
TEST_CASE("meeting shifted-date count words come from the count-words list") {
  const auto& counts = newskg::lexicon::WordList::embedded("count-words");
  CHECK(counts.category("a") == "1");
  CHECK(counts.category("the") == "1");
  CHECK(counts.category("two") == "2");
  CHECK(counts.category("three") == "3");
  CHECK(counts.category("seven") == "7");
  CHECK(counts.category("week").empty());
}
