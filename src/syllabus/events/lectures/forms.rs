//! Where a class's time comes from, and which rows are classes, in many forms and languages
//! (each schedule written for this test, in the shapes syllabi are published in: tab tables,
//! space-laid tables, Markdown pipe tables, HTML tables and lists, lists under headings).
//! Each case names the lectures it must give, each with its time or all-day; nothing else may
//! be a lecture, so the negatives (office hours, labs, exams, holidays, deadlines, modules
//! without meetings) are cases too.

use chrono::Timelike;

use crate::model::{EventKind, When};
use crate::syllabus::{ParseOptions, parse};

/// A small syllabus and the lectures it must give: `"03-04 10:15-12:00"` (month-day of 2025,
/// start-end) or `"03-04"` (all-day), in any order.
struct Case {
    name: &'static str,
    doc: &'static str,
    lectures: &'static [&'static str],
}

const fn case(name: &'static str, doc: &'static str, lectures: &'static [&'static str]) -> Case {
    Case {
        name,
        doc,
        lectures,
    }
}

/// Cases the parser does not pass yet, each with why (see the report in docs/parser.md).
const EXPECTED_TO_FAIL: &[&str] = &[];

const CASES: &[Case] = &[
    // A time column: each row carries its own time.
    case(
        "time column, pipe table",
        "PHYS 210 Waves, Spring 2025\n\n| Date | Time | Topic |\n|---|---|---|\n\
         | 2025-03-04 | 10:15-12:00 | Oscillators |\n| 2025-03-11 | 10:15-12:00 | Damping |\n\
         | 2025-03-18 | 13:00-14:45 | Resonance |\n",
        &[
            "03-04 10:15-12:00",
            "03-11 10:15-12:00",
            "03-18 13:00-14:45",
        ],
    ),
    case(
        "time column, German tab table",
        "Signalverarbeitung, SoSe 2025\n\nTermine\n\nDatum\tZeit\tThema\n\
         04.03.2025\t14:15–15:45\tAbtastung\n11.03.2025\t14:15–15:45\tFilter\n\
         18.03.2025\t14:15–15:45\tSpektren\n",
        &[
            "03-04 14:15-15:45",
            "03-11 14:15-15:45",
            "03-18 14:15-15:45",
        ],
    ),
    case(
        "time column with am/pm, space-laid",
        "ECON 150 Markets, Spring 2025\n\nWeek  Date       Time               Topic\n\
         1     Mar 4      2:00-3:15 pm       Supply and demand\n\
         2     Mar 11     2:00-3:15 pm       Elasticity\n\
         3     Mar 18     2:00-3:15 pm       Taxes\n",
        &[
            "03-04 14:00-15:15",
            "03-11 14:00-15:15",
            "03-18 14:00-15:15",
        ],
    ),
    // A time inside the row's own cell.
    case(
        "time opening the topic cell",
        "CS 240 Data Structures, Spring 2025\n\n| Date | Session |\n|---|---|\n\
         | Mar 4 | 10:15–12:00 Lecture: Lists |\n| Mar 11 | 10:15–12:00 Lecture: Trees |\n\
         | Mar 18 | 10:15–12:00 Lecture: Graphs |\n",
        &[
            "03-04 10:15-12:00",
            "03-11 10:15-12:00",
            "03-18 10:15-12:00",
        ],
    ),
    case(
        "time closing the topic cell in brackets",
        "BIO 101 Cells, Spring 2025\n\n| Date | Topic |\n|---|---|\n\
         | Mar 4 | Membranes (9:00-10:30) |\n| Mar 11 | Mitosis (9:00-10:30) |\n\
         | Mar 18 | Meiosis (9:00-10:30) |\n",
        &[
            "03-04 09:00-10:30",
            "03-11 09:00-10:30",
            "03-18 09:00-10:30",
        ],
    ),
    case(
        "time after the date in a list item",
        "HIST 120 Empires, Spring 2025\n\nSchedule\n\n\
         - Mar 4, 11:00-12:30: Rome\n- Mar 11, 11:00-12:30: Byzantium\n\
         - Mar 18, 11:00-12:30: The Ottomans\n",
        &[
            "03-04 11:00-12:30",
            "03-11 11:00-12:30",
            "03-18 11:00-12:30",
        ],
    ),
    case(
        "bare class hours after a dotted date",
        "Regelungstechnik, SoSe 2025\n\n| Termin | Thema |\n|---|---|\n\
         | 04.03.2025 10-12 | Übertragungsfunktion |\n| 11.03.2025 10-12 | Stabilität |\n\
         | 18.03.2025 10-12 | Regler |\n",
        &[
            "03-04 10:00-12:00",
            "03-11 10:00-12:00",
            "03-18 10:00-12:00",
        ],
    ),
    case(
        "bracketed range after the date",
        "POL 140 Elections, Spring 2025\n\n| Date | Topic |\n|---|---|\n\
         | Mar 4 (10:15-12:00) | Turnout |\n| Mar 11 (10:15-12:00) | Parties |\n\
         | Mar 18 (10:15-12:00) | Coalitions |\n",
        &[
            "03-04 10:15-12:00",
            "03-11 10:15-12:00",
            "03-18 10:15-12:00",
        ],
    ),
    case(
        "dotted start after a clock word in the date cell",
        "Matematik 2, VT 2025\n\nDatum\tInnehåll\n2025-03-04 kl 10.15\tSerier\n\
         2025-03-11 kl 10.15\tPotensserier\n2025-03-18 kl 10.15\tTaylor\n",
        &[
            "03-04 10:15-11:45",
            "03-11 10:15-11:45",
            "03-18 10:15-11:45",
        ],
    ),
    case(
        "time column with a clock word",
        "Økonometri, vår 2025\n\n| Dato | Tid | Tema |\n|---|---|---|\n\
         | 04.03.2025 | kl. 10-12 | Regresjon |\n| 11.03.2025 | kl. 10-12 | Paneldata |\n\
         | 18.03.2025 | kl. 10-12 | Instrumenter |\n",
        &[
            "03-04 10:00-12:00",
            "03-11 10:00-12:00",
            "03-18 10:00-12:00",
        ],
    ),
    case(
        "time column with a room note",
        "GEOG 150 Maps, Spring 2025\n\n| Date | Time | Topic |\n|---|---|---|\n\
         | 2025-03-04 | 10-12 (Aud 1) | Projections |\n| 2025-03-11 | 10-12 (Aud 1) | Scale |\n\
         | 2025-03-18 | 10-12 (Aud 1) | Symbols |\n",
        &[
            "03-04 10:00-12:00",
            "03-11 10:00-12:00",
            "03-18 10:00-12:00",
        ],
    ),
    case(
        "time between the label and the topic",
        "CS 330 Compilers, Spring 2025\n\n| Date | Session |\n|---|---|\n\
         | Mar 4 | Lecture 10:15-12:00: Lexing |\n| Mar 11 | Lecture 10:15-12:00: Parsing |\n\
         | Mar 18 | Lecture 10:15-12:00: Types |\n",
        &[
            "03-04 10:15-12:00",
            "03-11 10:15-12:00",
            "03-18 10:15-12:00",
        ],
    ),
    case(
        "time on the second line of an HTML cell",
        "<!DOCTYPE html>\n<html><body>\n<h1>ARCH 210 Structures, Spring 2025</h1>\n<table>\n\
         <tr><th>Date</th><th>Topic</th></tr>\n\
         <tr><td>Mar 5</td><td>Beams<br>14.15–16.00, Aud 2</td></tr>\n\
         <tr><td>Mar 12</td><td>Columns<br>14.15–16.00, Aud 2</td></tr>\n\
         <tr><td>Mar 19</td><td>Arches<br>14.15–16.00, Aud 2</td></tr>\n</table>\n</body></html>\n",
        &[
            "03-05 14:15-16:00",
            "03-12 14:15-16:00",
            "03-19 14:15-16:00",
        ],
    ),
    case(
        "time in a kind cell beside the topic",
        "PHYS 320 Optics, Spring 2025\n\n| Date | Type | Topic |\n|---|---|---|\n\
         | Mar 4 | Lecture 10:15-12 | Lenses |\n| Mar 11 | Lecture 10:15-12 | Mirrors |\n\
         | Mar 18 | Lecture 10:15-12 | Fibres |\n",
        &[
            "03-04 10:15-12:00",
            "03-11 10:15-12:00",
            "03-18 10:15-12:00",
        ],
    ),
    case(
        "section numbers in the topic are not times",
        "MATH 330 Topology, Spring 2025\n\nLectures: Tuesday 9:00-10:30\n\n\
         | Date | Topic |\n|---|---|\n| Mar 4 | Sections 2.1-2.3 |\n| Mar 11 | Sections 3-4 |\n\
         | Mar 18 | Pages 10-12 |\n",
        &[
            "03-04 09:00-10:30",
            "03-11 09:00-10:30",
            "03-18 09:00-10:30",
        ],
    ),
    // A time in a heading above the dated list.
    case(
        "slot in the heading over a list",
        "MATH 215 Proofs, Spring 2025\n\n## Lectures — Tuesdays 14:00–15:45\n\n\
         - Mar 4: Induction\n- Mar 11: Contradiction\n- Mar 18: Pigeonhole\n",
        &[
            "03-04 14:00-15:45",
            "03-11 14:00-15:45",
            "03-18 14:00-15:45",
        ],
    ),
    case(
        "weekday and time heading over topics",
        "Analysis II, Spring 2025\n\n### Monday 14:00–15:45\n\n\
         - 03.03.2025 Sequences\n- 10.03.2025 Series\n- 17.03.2025 Power series\n",
        &[
            "03-03 14:00-15:45",
            "03-10 14:00-15:45",
            "03-17 14:00-15:45",
        ],
    ),
    // Several sections: one slot each, or the first's; never none.
    case(
        "two sections on one line",
        "CHEM 110 General Chemistry, Spring 2025\n\n\
         Section A: Mon 9:00-11:00, Section B: Mon 13:00-15:00\n\n\
         | Date | Topic |\n|---|---|\n| 2025-03-03 | Atoms |\n| 2025-03-10 | Bonds |\n\
         | 2025-03-17 | Moles |\n",
        &[
            "03-03 09:00-11:00",
            "03-03 13:00-15:00",
            "03-10 09:00-11:00",
            "03-10 13:00-15:00",
            "03-17 09:00-11:00",
            "03-17 13:00-15:00",
        ],
    ),
    // A timetable grid: times down, weekdays across.
    case(
        "weekly timetable grid",
        "STAT 200 Inference, Spring 2025\n\nWeekly timetable\n\n\
         | Time | Mon | Tue | Wed |\n|---|---|---|---|\n| 09:00–10:30 | Lecture | | Lecture |\n\
         | 11:00–12:00 | | Office hours | |\n\nSchedule\n\n| Date | Topic |\n|---|---|\n\
         | 2025-03-03 | Estimators |\n| 2025-03-05 | Bias |\n| 2025-03-10 | Variance |\n\
         | 2025-03-12 | Intervals |\n",
        &[
            "03-03 09:00-10:30",
            "03-05 09:00-10:30",
            "03-10 09:00-10:30",
            "03-12 09:00-10:30",
        ],
    ),
    case(
        "HTML timetable grid with weekdays down the side",
        "<!DOCTYPE html>\n<html><body>\n<h1>HIST 250 Atlantic World, Spring 2025</h1>\n\
         <table>\n<tr><th>Day</th><th>10:00-11:30</th><th>14:00-15:30</th></tr>\n\
         <tr><td>Tuesday</td><td>Lecture</td><td></td></tr>\n\
         <tr><td>Thursday</td><td></td><td>Seminar groups (Lab)</td></tr>\n</table>\n\
         <table>\n<tr><th>Date</th><th>Topic</th></tr>\n\
         <tr><td>Mar 4</td><td>Ports</td></tr>\n<tr><td>Mar 11</td><td>Ships</td></tr>\n\
         <tr><td>Mar 18</td><td>Cargo</td></tr>\n</table>\n</body></html>\n",
        &[
            "03-04 10:00-11:30",
            "03-11 10:00-11:30",
            "03-18 10:00-11:30",
        ],
    ),
    case(
        "timetable grid of office hours only is no slot",
        "STAT 210 Sampling, Spring 2025\n\n| Time | Mon | Wed |\n|---|---|---|\n\
         | 15:00-16:00 | Office hours | Office hours |\n\nSchedule\n\n| Date | Topic |\n|---|---|\n\
         | 2025-03-03 | Frames |\n| 2025-03-10 | Strata |\n| 2025-03-17 | Clusters |\n",
        &["03-03", "03-10", "03-17"],
    ),
    // The slot in metadata: YAML front matter, an HTML definition list or table.
    case(
        "YAML front matter time",
        "---\ntitle: \"PSYC 230 Memory, Spring 2025\"\ntime: \"Tu/Th 2:00–3:15pm\"\n---\n\n\
         # Schedule\n\n| Date | Topic |\n|---|---|\n| Mar 4 | Encoding |\n| Mar 6 | Storage |\n\
         | Mar 11 | Retrieval |\n| Mar 13 | Forgetting |\n",
        &[
            "03-04 14:00-15:15",
            "03-06 14:00-15:15",
            "03-11 14:00-15:15",
            "03-13 14:00-15:15",
        ],
    ),
    case(
        "HTML definition list",
        "<!DOCTYPE html>\n<html><body>\n<h1>GEO 310 Landforms, Spring 2025</h1>\n\
         <dl>\n<dt>Meetings</dt>\n<dd>Wednesdays 10:00–11:30, Room 12</dd>\n</dl>\n\
         <table>\n<tr><th>Date</th><th>Topic</th></tr>\n\
         <tr><td>Mar 5</td><td>Rivers</td></tr>\n<tr><td>Mar 12</td><td>Glaciers</td></tr>\n\
         <tr><td>Mar 19</td><td>Coasts</td></tr>\n</table>\n</body></html>\n",
        &[
            "03-05 10:00-11:30",
            "03-12 10:00-11:30",
            "03-19 10:00-11:30",
        ],
    ),
    case(
        "HTML key-value table",
        "<!DOCTYPE html>\n<html><body>\n<h1>LING 120 Sounds, Spring 2025</h1>\n\
         <table>\n<tr><th>Lectures</th><td>Mon, Wed 13:00-14:15</td></tr>\n\
         <tr><th>Room</th><td>Hall 3</td></tr>\n</table>\n<h2>Schedule</h2>\n<table>\n\
         <tr><th>Date</th><th>Topic</th></tr>\n<tr><td>Mar 3</td><td>Vowels</td></tr>\n\
         <tr><td>Mar 5</td><td>Consonants</td></tr>\n<tr><td>Mar 10</td><td>Syllables</td></tr>\n\
         </table>\n</body></html>\n",
        &[
            "03-03 13:00-14:15",
            "03-05 13:00-14:15",
            "03-10 13:00-14:15",
        ],
    ),
    // Day codes and short names.
    case(
        "MW code",
        "CS 101 Programming, Spring 2025\n\nMW 10:00-11:15, Lab Building 2\n\n\
         | Date | Topic |\n|---|---|\n| Mar 3 | Variables |\n| Mar 5 | Loops |\n\
         | Mar 10 | Functions |\n",
        &[
            "03-03 10:00-11:15",
            "03-05 10:00-11:15",
            "03-10 10:00-11:15",
        ],
    ),
    case(
        "TR code in a labelled line",
        "ENGL 205 Novels, Spring 2025\n\nClass meets TR 9:30-10:45 AM\n\n\
         | Date | Reading |\n|---|---|\n| Mar 4 | Austen |\n| Mar 6 | Eliot |\n\
         | Mar 11 | Hardy |\n",
        &[
            "03-04 09:30-10:45",
            "03-06 09:30-10:45",
            "03-11 09:30-10:45",
        ],
    ),
    case(
        "Mo/Mi slash pair",
        "Informatik I, SoSe 2025\n\nVorlesung: Mo/Mi 10-12 Uhr, HS 1\n\n\
         Datum\tThema\n03.03.2025\tAlgorithmen\n05.03.2025\tSortieren\n10.03.2025\tSuchen\n",
        &[
            "03-03 10:00-12:00",
            "03-05 10:00-12:00",
            "03-10 10:00-12:00",
        ],
    ),
    case(
        "French abbreviated days with et",
        "Probabilités, printemps 2025\n\nCours : lun. et mer. 8h30-10h\n\n\
         | Date | Séance |\n|---|---|\n| 03/03/2025 | Dénombrement |\n\
         | 05/03/2025 | Conditionnement |\n| 10/03/2025 | Variables aléatoires |\n",
        &[
            "03-03 08:30-10:00",
            "03-05 08:30-10:00",
            "03-10 08:30-10:00",
        ],
    ),
    case(
        "leading zero 24-hour early class",
        "Astronomy Online, Spring 2025\n\nLectures: Wednesday 06:00-07:30\n\n\
         | Date | Topic |\n|---|---|\n| Mar 5 | Planets |\n| Mar 12 | Stars |\n\
         | Mar 19 | Galaxies |\n",
        &[
            "03-05 06:00-07:30",
            "03-12 06:00-07:30",
            "03-19 06:00-07:30",
        ],
    ),
    case(
        "short German day opening the line",
        "Numerik, SoSe 2025\n\nVorlesung\nMo 10-12, Hörsaal 2\n\n\
         Datum\tThema\n03.03.2025\tFehler\n10.03.2025\tInterpolation\n17.03.2025\tQuadratur\n",
        &[
            "03-03 10:00-12:00",
            "03-10 10:00-12:00",
            "03-17 10:00-12:00",
        ],
    ),
    case(
        "Spanish day names joined by y",
        "Álgebra, primer cuatrimestre 2025\n\nHorario: martes y jueves de 18:00 a 20:00\n\n\
         | Fecha | Tema |\n|---|---|\n| 04/03/2025 | Matrices |\n| 06/03/2025 | Determinantes |\n\
         | 11/03/2025 | Sistemas |\n",
        &[
            "03-04 18:00-20:00",
            "03-06 18:00-20:00",
            "03-11 18:00-20:00",
        ],
    ),
    case(
        "Swedish short day",
        "Statistik, VT 2025\n\nFöreläsningar: tis 13.15-15.00, sal B\n\n\
         | Datum | Innehåll |\n|---|---|\n| 2025-03-04 | Fördelningar |\n\
         | 2025-03-11 | Skattningar |\n| 2025-03-18 | Test av hypoteser |\n",
        &[
            "03-04 13:15-15:00",
            "03-11 13:15-15:00",
            "03-18 13:15-15:00",
        ],
    ),
    case(
        "Polish day after w",
        "Algebra, semestr letni 2025\n\nWykład: w środę 10:15-12:00, sala 1\n\n\
         | Data | Temat |\n|---|---|\n| 2025-03-05 | Grupy |\n| 2025-03-12 | Pierścienie |\n\
         | 2025-03-19 | Ciała |\n",
        &[
            "03-05 10:15-12:00",
            "03-12 10:15-12:00",
            "03-19 10:15-12:00",
        ],
    ),
    case(
        "Polish short day with its dot",
        "Topologia, semestr letni 2025\n\nWykłady: wt. 8:15–10:00\n\n\
         | Data | Temat |\n|---|---|\n| 2025-03-04 | Przestrzenie |\n| 2025-03-11 | Zwartość |\n\
         | 2025-03-18 | Spójność |\n",
        &[
            "03-04 08:15-10:00",
            "03-11 08:15-10:00",
            "03-18 08:15-10:00",
        ],
    ),
    case(
        "Hungarian day with its suffix",
        "Analízis II, Spring 2025\n\nElőadás: csütörtökönként 12:00–13:30\n\n\
         | Dátum | Téma |\n|---|---|\n| 2025-03-06 | Sorozatok |\n| 2025-03-13 | Sorok |\n\
         | 2025-03-20 | Hatványsorok |\n",
        &[
            "03-06 12:00-13:30",
            "03-13 12:00-13:30",
            "03-20 12:00-13:30",
        ],
    ),
    case(
        "Danish klokken hours",
        "Statistik, forår 2025\n\nForelæsning: onsdag kl. 10-12\n\n| Dato | Emne |\n|---|---|\n\
         | 05.03.2025 | Fordelinger |\n| 12.03.2025 | Estimation |\n| 19.03.2025 | Regression |\n",
        &[
            "03-05 10:00-12:00",
            "03-12 10:00-12:00",
            "03-19 10:00-12:00",
        ],
    ),
    case(
        "start and end columns",
        "Mekanik, VT 2025\n\n| Datum | Starttid | Sluttid | Moment |\n|---|---|---|---|\n\
         | 2025-03-04 | 10:15 | 12:00 | Krafter |\n| 2025-03-11 | 10:15 | 12:00 | Energi |\n\
         | 2025-03-18 | 13:15 | 15:00 | Rörelsemängd |\n",
        &[
            "03-04 10:15-12:00",
            "03-11 10:15-12:00",
            "03-18 13:15-15:00",
        ],
    ),
    case(
        "start time and end time columns in English",
        "ME 240 Dynamics, Spring 2025\n\nDate\tStart time\tEnd time\tTopic\nMar 4\t9:30 AM\t10:45 AM\tParticles\n\
         Mar 6\t9:30 AM\t10:45 AM\tRigid bodies\nMar 11\t9:30 AM\t10:45 AM\tImpulse\n",
        &[
            "03-04 09:30-10:45",
            "03-06 09:30-10:45",
            "03-11 09:30-10:45",
        ],
    ),
    // The slot written below the schedule ("Practical information" at the page's end).
    case(
        "slot after the schedule with bare hours",
        "ECON 101 Markets, Spring 2025\n\n| Date | Topic |\n|---|---|\n| Mar 4 | Demand |\n\
         | Mar 11 | Supply |\n| Mar 18 | Markets |\n\nPractical information\n\n\
         Lectures: Tuesday 10-12, Aud 1\nExercises: Thursday 10-12, Room 5\n",
        &[
            "03-04 10:00-12:00",
            "03-11 10:00-12:00",
            "03-18 10:00-12:00",
        ],
    ),
    case(
        "slot after the schedule with its start only",
        "ECON 102 Firms, Spring 2025\n\n| Date | Topic |\n|---|---|\n| Mar 4 | Costs |\n\
         | Mar 11 | Entry |\n| Mar 18 | Exit |\n\nLectures: Tuesdays at 2pm in Hall 4\n",
        &[
            "03-04 14:00-15:30",
            "03-11 14:00-15:30",
            "03-18 14:00-15:30",
        ],
    ),
    case(
        "office hours after the schedule are no slot",
        "ECON 103 Trade, Spring 2025\n\n| Date | Topic |\n|---|---|\n| Mar 4 | Tariffs |\n\
         | Mar 11 | Quotas |\n| Mar 18 | Unions |\n\nOffice hours: Tuesday 10-12\n",
        &["03-04", "03-11", "03-18"],
    ),
    case(
        "Norwegian slot after the schedule",
        "Makroøkonomi, vår 2025\n\n| Dato | Tema |\n|---|---|\n| 05.03.2025 | Inflasjon |\n\
         | 12.03.2025 | Renter |\n| 19.03.2025 | Valuta |\n\n\
         Forelesninger: onsdager 12-14, Aud. 2\n",
        &[
            "03-05 12:00-14:00",
            "03-12 12:00-14:00",
            "03-19 12:00-14:00",
        ],
    ),
    // Rows labelled with a lecture word and a number, in several languages.
    case(
        "Session rows",
        "MGMT 300 Strategy, Spring 2025\n\n| Session | Date | Topic |\n|---|---|---|\n\
         | Session 1 | Mar 4 | Industries |\n| Session 2 | Mar 11 | Rivals |\n\
         | Session 3 | Mar 18 | Platforms |\n",
        &["03-04", "03-11", "03-18"],
    ),
    case(
        "Norwegian Forelesning rows without topic",
        "Statistikk, vår 2025\n\nForelesninger: tirsdag 10:15-12:00\n\n\
         | Dato | Aktivitet |\n|---|---|\n| 04.03.2025 | Forelesning 4 |\n\
         | 11.03.2025 | Forelesning 5 |\n| 18.03.2025 | Forelesning 6 |\n",
        &[
            "03-04 10:15-12:00",
            "03-11 10:15-12:00",
            "03-18 10:15-12:00",
        ],
    ),
    case(
        "Swedish Föreläsning rows with a topic",
        "Mekanik, VT 2025\n\nDatum\tMoment\tInnehåll\n2025-03-04\tFöreläsning 2\tKrafter\n\
         2025-03-11\tFöreläsning 3\tMoment\n2025-03-18\tFöreläsning 4\tEnergi\n",
        &["03-04", "03-11", "03-18"],
    ),
    case(
        "Polish Wykład rows",
        "Analiza matematyczna, semestr letni 2025\n\n| Data | Zajęcia |\n|---|---|\n\
         | 05.03.2025 | Wykład 5: Całki |\n| 12.03.2025 | Wykład 6: Szeregi |\n\
         | 19.03.2025 | Wykład 7: Równania |\n",
        &["03-05", "03-12", "03-19"],
    ),
    case(
        "French Cours rows in a list",
        "Bases de données, printemps 2025\n\nCalendrier\n\n\
         - Cours 3 — 04/03/2025 : requêtes\n- Cours 4 — 11/03/2025 : jointures\n\
         - Cours 5 — 18/03/2025 : index\n",
        &["03-04", "03-11", "03-18"],
    ),
    case(
        "Spanish Clase rows",
        "Programación, primer cuatrimestre 2025\n\n| Clase | Fecha | Tema |\n|---|---|---|\n\
         | Clase 5 | 04/03/2025 | Punteros |\n| Clase 6 | 11/03/2025 | Listas |\n\
         | Clase 7 | 18/03/2025 | Árboles |\n",
        &["03-04", "03-11", "03-18"],
    ),
    case(
        "Portuguese Aula rows",
        "Cálculo I, 2025.1\n\n| Aula | Data | Conteúdo |\n|---|---|---|\n\
         | Aula 7 | 04/03/2025 | Limites |\n| Aula 8 | 11/03/2025 | Derivadas |\n\
         | Aula 9 | 18/03/2025 | Integrais |\n",
        &["03-04", "03-11", "03-18"],
    ),
    case(
        "German Vorlesung rows",
        "Logik, SoSe 2025\n\nVorlesung: Dienstag 8:15–9:45\n\n\
         Nr.\tDatum\tInhalt\nVorlesung 6\t04.03.2025\tAussagenlogik\n\
         Vorlesung 7\t11.03.2025\tPrädikatenlogik\nVorlesung 8\t18.03.2025\tBeweise\n",
        &[
            "03-04 08:15-09:45",
            "03-11 08:15-09:45",
            "03-18 08:15-09:45",
        ],
    ),
    case(
        "Italian Lezione rows",
        "Fisica I, secondo semestre 2025\n\n| Data | Argomento |\n|---|---|\n\
         | 05/03/2025 | Lezione 4 - Cinematica |\n| 12/03/2025 | Lezione 5 - Dinamica |\n\
         | 19/03/2025 | Lezione 6 - Energia |\n",
        &["03-05", "03-12", "03-19"],
    ),
    case(
        "Dutch Hoorcollege rows with a werkcollege negative",
        "Microeconomie, voorjaar 2025\n\n| Datum | Onderdeel |\n|---|---|\n\
         | 03-03-2025 | Hoorcollege 2: Vraag |\n| 05-03-2025 | Werkcollege 1 |\n\
         | 10-03-2025 | Hoorcollege 3: Aanbod |\n| 12-03-2025 | Werkcollege 2 |\n\
         | 17-03-2025 | Hoorcollege 4: Markten |\n",
        &["03-03", "03-10", "03-17"],
    ),
    case(
        "Turkish Ders rows",
        "Veri Yapıları, Bahar 2025\n\nTarih\tKonu\n04.03.2025\tDers 3: Yığıtlar\n\
         11.03.2025\tDers 4: Kuyruklar\n18.03.2025\tDers 5: Ağaçlar\n",
        &["03-04", "03-11", "03-18"],
    ),
    case(
        "Chinese numbered lectures",
        "数据结构 2025年春季\n\n| 日期 | 内容 |\n|---|---|\n| 2025年3月4日 | 第3讲 栈 |\n\
         | 2025年3月11日 | 第4讲 队列 |\n| 2025年3月18日 | 第5讲 树 |\n",
        &["03-04", "03-11", "03-18"],
    ),
    // Dated rows with only a topic, lists, and two lectures in one row.
    case(
        "topic-only rows with a slot",
        "PHIL 101 Ethics, Spring 2025\n\nLectures: Thursday 16:00-17:30\n\n\
         | Date | |\n|---|---|\n| Mar 6 | Virtue |\n| Mar 13 | Duty |\n| Mar 20 | Consequences |\n",
        &[
            "03-06 16:00-17:30",
            "03-13 16:00-17:30",
            "03-20 16:00-17:30",
        ],
    ),
    case(
        "bullet list of dated topics",
        "ART 140 Design, Spring 2025\n\nClass: Fridays 9:00-11:50\n\nCalendar\n\n\
         - Mar 7: Line and shape\n- Mar 14: Colour\n- Mar 21: Type\n",
        &[
            "03-07 09:00-11:50",
            "03-14 09:00-11:50",
            "03-21 09:00-11:50",
        ],
    ),
    case(
        "week rows with two meetings each",
        "CS 310 Algorithms, Spring 2025\n\nLectures: Tue/Thu 11:00-12:15\n\n\
         | Week | Dates | Topic |\n|---|---|---|\n| 1 | Mar 4, Mar 6 | Greedy |\n\
         | 2 | Mar 11, Mar 13 | Divide and conquer |\n",
        &[
            "03-04 11:00-12:15",
            "03-06 11:00-12:15",
            "03-11 11:00-12:15",
            "03-13 11:00-12:15",
        ],
    ),
    case(
        "two meetings after a slash",
        "CS 312 Networks, Spring 2025\n\nLectures: Tue/Thu 11:00-12:15\n\n\
         | Dates | Topic |\n|---|---|\n| Mar 4/6 | Sockets |\n| Mar 11/13 | Routing |\n",
        &[
            "03-04 11:00-12:15",
            "03-06 11:00-12:15",
            "03-11 11:00-12:15",
            "03-13 11:00-12:15",
        ],
    ),
    case(
        "two dotted dates joined by a plus",
        "Datenbanken, SoSe 2025\n\nVorlesung: Di und Do 10-12 Uhr\n\n\
         Termine\tThema\n04.03. + 06.03.\tRelationen\n11.03. + 13.03.\tSQL\n",
        &[
            "03-04 10:00-12:00",
            "03-06 10:00-12:00",
            "03-11 10:00-12:00",
            "03-13 10:00-12:00",
        ],
    ),
    case(
        "bare days before the month",
        "ANTH 240 Kinship, Spring 2025\n\nClass: Tuesdays and Thursdays 9:30-10:45\n\n\
         | Dates | Topic |\n|---|---|\n| 4 and 6 March | Descent |\n| 11 and 13 March | Marriage |\n",
        &[
            "03-04 09:30-10:45",
            "03-06 09:30-10:45",
            "03-11 09:30-10:45",
            "03-13 09:30-10:45",
        ],
    ),
    case(
        "week headings over dated bullets",
        "SOC 220 Cities, Spring 2025\n\nClass meets Monday and Wednesday, 3:30-4:45 pm\n\n\
         ## Week 1\n\n- Mon Mar 3: Urbanisation\n- Wed Mar 5: Suburbs\n\n## Week 2\n\n\
         - Mon Mar 10: Housing\n- Wed Mar 12: Transit\n",
        &[
            "03-03 15:30-16:45",
            "03-05 15:30-16:45",
            "03-10 15:30-16:45",
            "03-12 15:30-16:45",
        ],
    ),
    case(
        "HTML table rows with a slot paragraph",
        "<!DOCTYPE html>\n<html><body>\n<h1>MUS 110 Harmony, Spring 2025</h1>\n\
         <p>Lectures: Tuesdays and Thursdays, 1:00–2:15 pm</p>\n<table>\n\
         <tr><th>Date</th><th>Topic</th></tr>\n<tr><td>Tue Mar 4</td><td>Triads</td></tr>\n\
         <tr><td>Thu Mar 6</td><td>Sevenths</td></tr>\n<tr><td>Tue Mar 11</td><td>Cadences</td></tr>\n\
         </table>\n</body></html>\n",
        &[
            "03-04 13:00-14:15",
            "03-06 13:00-14:15",
            "03-11 13:00-14:15",
        ],
    ),
    // Negatives: rows that look like classes and are not lectures.
    case(
        "office hours row",
        "CS 150 Systems, Spring 2025\n\nLectures: Tuesday 10:00-11:30\n\n\
         | Date | Topic |\n|---|---|\n| Mar 4 | Processes |\n| Mar 7 | Office hours 14-16 |\n\
         | Mar 11 | Threads |\n| Mar 18 | Locks |\n",
        &[
            "03-04 10:00-11:30",
            "03-11 10:00-11:30",
            "03-18 10:00-11:30",
        ],
    ),
    case(
        "lab and tutorial rows",
        "EE 201 Circuits, Spring 2025\n\nLectures: Monday 9:00-10:30\n\n\
         | Date | Activity |\n|---|---|\n| Mar 3 | Ohm's law |\n| Mar 6 | Lab 1: Breadboards |\n\
         | Mar 10 | Kirchhoff |\n| Mar 13 | Tutorial 1 |\n| Mar 17 | Thevenin |\n\
         | Mar 20 | Recitation 2 |\n",
        &[
            "03-03 09:00-10:30",
            "03-10 09:00-10:30",
            "03-17 09:00-10:30",
        ],
    ),
    case(
        "exam row replaces the lecture",
        "MATH 120 Calculus, Spring 2025\n\nLectures: Wednesday 12:00-13:30\n\n\
         | Date | Topic |\n|---|---|\n| Mar 5 | Limits |\n| Mar 12 | Midterm exam |\n\
         | Mar 19 | Derivatives |\n",
        &["03-05 12:00-13:30", "03-19 12:00-13:30"],
    ),
    case(
        "holiday row",
        "HIST 330 Revolutions, Spring 2025\n\nLectures: Tuesday 15:00-16:30\n\n\
         | Date | Topic |\n|---|---|\n| Mar 4 | France |\n| Mar 11 | No class — Reading week |\n\
         | Mar 18 | Haiti |\n",
        &["03-04 15:00-16:30", "03-18 15:00-16:30"],
    ),
    case(
        "holiday row in Spanish",
        "Economía, primer cuatrimestre 2025\n\nHorario: lunes 10:00-12:00\n\n\
         | Fecha | Tema |\n|---|---|\n| 03/03/2025 | Oferta |\n| 10/03/2025 | Feriado: sin clase |\n\
         | 17/03/2025 | Demanda |\n",
        &["03-03 10:00-12:00", "03-17 10:00-12:00"],
    ),
    case(
        "deadline-only row",
        "CS 220 Networks, Spring 2025\n\nLectures: Tuesday 13:00-14:30\n\n\
         | Date | Topic |\n|---|---|\n| Mar 4 | Routing |\n| Mar 7 | Homework 1 due |\n\
         | Mar 11 | Switching |\n| Mar 18 | Congestion |\n",
        &[
            "03-04 13:00-14:30",
            "03-11 13:00-14:30",
            "03-18 13:00-14:30",
        ],
    ),
    case(
        "self-paced modules without meetings",
        "DATA 100 Online, Spring 2025\n\nThis course is self-paced and online: there are no \
         scheduled class meetings.\n\n| Module | Opens | Topic |\n|---|---|---|\n\
         | 1 | Mar 3 | Tables |\n| 2 | Mar 10 | Charts |\n| 3 | Mar 17 | Models |\n",
        &[],
    ),
    case(
        "self-paced wording beside a slot keeps the lectures",
        "DATA 110 Python, Spring 2025\n\nLabs are self-paced; lectures: Monday 9:00-10:15\n\n\
         | Date | Topic |\n|---|---|\n| 2025-03-03 | Lists |\n| 2025-03-10 | Dicts |\n\
         | 2025-03-17 | Files |\n",
        &[
            "03-03 09:00-10:15",
            "03-10 09:00-10:15",
            "03-17 09:00-10:15",
        ],
    ),
    case(
        "asynchronous Spanish course without meetings",
        "Estadística, primer cuatrimestre 2025\n\nEste curso es asíncrono: cada semana se \
         publica un módulo.\n\n| Semana | Fecha | Tema |\n|---|---|---|\n\
         | 1 | 17/03/2025 | Datos |\n| 2 | 24/03/2025 | Gráficos |\n| 3 | 31/03/2025 | Modelos |\n",
        &[],
    ),
    case(
        "office hours slot is not the lecture time",
        "PHYS 101 Mechanics, Spring 2025\n\nOffice hours: Tuesday 15:00-16:00\n\n\
         | Date | Topic |\n|---|---|\n| Mar 4 | Kinematics |\n| Mar 11 | Forces |\n\
         | Mar 18 | Energy |\n",
        &["03-04", "03-11", "03-18"],
    ),
    case(
        "Norwegian exercise rows are not lectures",
        "Lineær algebra, vår 2025\n\nForelesning: mandag 12:15-14:00\n\n\
         | Dato | Aktivitet |\n|---|---|\n| 03.03.2025 | Forelesning 1 |\n\
         | 05.03.2025 | Øving 1 |\n| 10.03.2025 | Forelesning 2 |\n| 12.03.2025 | Øving 2 |\n\
         | 17.03.2025 | Forelesning 3 |\n",
        &[
            "03-03 12:15-14:00",
            "03-10 12:15-14:00",
            "03-17 12:15-14:00",
        ],
    ),
    case(
        "a row with its own exam time does not time the lectures",
        "CHEM 230 Organic, Spring 2025\n\nLectures: Thursday 10:00-11:30\n\n\
         | Date | Topic |\n|---|---|\n| Mar 6 | Alkanes |\n| Mar 13 | Alkenes |\n\
         | Mar 20 | Final exam 9:00-12:00 |\n",
        &["03-06 10:00-11:30", "03-13 10:00-11:30"],
    ),
];

/// The case's lectures as `"MM-DD HH:MM-HH:MM"` or `"MM-DD"`, sorted; or the parse error.
fn lectures_of(c: &Case) -> Result<Vec<String>, String> {
    let parsed = parse(c.doc, &ParseOptions::default()).map_err(|e| e.to_string())?;
    let hm = |t: chrono::NaiveDateTime| format!("{:02}:{:02}", t.hour(), t.minute());
    let mut out: Vec<String> = parsed
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Lecture)
        .map(|e| {
            let day = e.when.date().format("%m-%d");
            match &e.when {
                When::AllDay(_) => day.to_string(),
                When::Timed { start, end } => format!(
                    "{day} {}-{}",
                    hm(start.naive_local()),
                    end.map_or_else(String::new, |e| hm(e.naive_local()))
                ),
            }
        })
        .collect();
    out.sort();
    Ok(out)
}

/// What is wrong with a case's lectures, if anything.
fn problem(c: &Case) -> Option<String> {
    let mut want: Vec<String> = c.lectures.iter().map(|s| (*s).to_string()).collect();
    want.sort();
    match lectures_of(c) {
        Err(e) => Some(format!("error: {e}")),
        Ok(got) if got == want => None,
        Ok(got) => Some(format!("got {got:?}, want {want:?}")),
    }
}

#[test]
fn every_class_is_found_with_its_time_and_nothing_else_is_a_lecture() {
    assert!(CASES.len() >= 40);
    let mut failures = Vec::new();
    let mut passing_known = Vec::new();
    for c in CASES {
        match (problem(c), EXPECTED_TO_FAIL.contains(&c.name)) {
            (Some(p), false) => failures.push(format!("{}: {p}", c.name)),
            (None, true) => passing_known.push(c.name),
            _ => {}
        }
    }
    assert!(
        failures.is_empty() && passing_known.is_empty(),
        "{} of {} forms fail:\n{}\nknown failures that now pass (take them off the list): {:?}",
        failures.len(),
        CASES.len(),
        failures.join("\n"),
        passing_known
    );
}

#[test]
fn every_known_failure_names_a_case() {
    for name in EXPECTED_TO_FAIL {
        assert!(CASES.iter().any(|c| c.name == *name), "{name}");
    }
}
