//! Every word the parser reads, in every language it reads (English, Turkish, German terms),
//! and, at the end, every word coursecal writes in mail (English and Turkish).
//!
//! The recognisers compile their patterns from these lists, so a new language or a new
//! spelling is an edit here and nowhere else (a new *date form* also touches `dates`).
//! Lists that end in `_PATTERN` are regex alternations, because some entries need `\s+`
//! or an optional letter; the others are plain words, matched case-insensitively.

use chrono::Weekday;

use crate::model::Season;

/// Month names and their abbreviations, lower case.
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("ocak", 1),
    ("şubat", 2),
    ("subat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("mayis", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("agustos", 8),
    ("eylül", 9),
    ("eylul", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("kasim", 11),
    ("aralık", 12),
    ("aralik", 12),
    ("oca", 1),
    ("şub", 2),
    ("nis", 4),
    ("haz", 6),
    ("tem", 7),
    ("ağu", 8),
    ("eyl", 9),
    ("eki", 10),
    ("kas", 11),
    ("ara", 12),
];

/// Month names in German, French, Spanish, Portuguese, Italian and Dutch, with and without
/// their accents, and the abbreviations that are no English word ("out", "set" and "gen" are
/// left out: "Hw 1 out" is not 1 October).
pub(crate) const MONTHS_EU: &[(&str, u32)] = &[
    ("januar", 1),
    ("jänner", 1),
    ("janvier", 1),
    ("enero", 1),
    ("janeiro", 1),
    ("gennaio", 1),
    ("januari", 1),
    ("janv", 1),
    ("ene", 1),
    ("jän", 1),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("febrero", 2),
    ("fevereiro", 2),
    ("febbraio", 2),
    ("februari", 2),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("fev", 2),
    ("märz", 3),
    ("marz", 3),
    ("maerz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("março", 3),
    ("marco", 3),
    ("maart", 3),
    ("mär", 3),
    ("mrz", 3),
    ("mrt", 3),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("avr", 4),
    ("abr", 4),
    ("mai", 5),
    ("mayo", 5),
    ("maio", 5),
    ("maggio", 5),
    ("mei", 5),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("junho", 6),
    ("giugno", 6),
    ("juli", 7),
    ("juillet", 7),
    ("julio", 7),
    ("julho", 7),
    ("luglio", 7),
    ("juil", 7),
    ("agosto", 8),
    ("août", 8),
    ("aout", 8),
    ("augustus", 8),
    ("ago", 8),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("setembro", 9),
    ("settembre", 9),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("outubro", 10),
    ("ottobre", 10),
    ("okt", 10),
    ("ott", 10),
    ("noviembre", 11),
    ("novembro", 11),
    ("novembre", 11),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("diciembre", 12),
    ("dezembro", 12),
    ("dicembre", 12),
    ("dez", 12),
    ("déc", 12),
    ("dic", 12),
];

/// Month abbreviations left out of [`MONTHS_EU`] because they are words too ("Hw 1 out"), read
/// as months only where a slash joins them to a day ("02/set", "07/out"), as no word is.
pub(crate) const MONTHS_AFTER_A_SLASH: &[(&str, u32)] = &[("gen", 1), ("set", 9), ("out", 10)];

/// Month names of every language: [`MONTHS`], then [`MONTHS_EU`].
pub(crate) fn all_months() -> impl Iterator<Item = &'static (&'static str, u32)> {
    MONTHS.iter().chain(MONTHS_EU).chain(MONTHS_NORTH_EAST)
}

/// Month names in Polish, Czech, Slovak and Finnish as a date writes them (the genitive or
/// partitive: "3 lipca", "3. července", "3. júla", "3. heinäkuuta") and as a heading does,
/// and the Swedish, Danish and Norwegian ones [`MONTHS_EU`] lacks. No abbreviations: short
/// forms of these are words of other languages.
pub(crate) const MONTHS_NORTH_EAST: &[(&str, u32)] = &[
    // Polish.
    ("stycznia", 1),
    ("styczeń", 1),
    ("lutego", 2),
    ("marca", 3),
    ("marzec", 3),
    ("kwietnia", 4),
    ("kwiecień", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("czerwiec", 6),
    ("lipca", 7),
    ("lipiec", 7),
    ("sierpnia", 8),
    ("sierpień", 8),
    ("września", 9),
    ("wrzesień", 9),
    ("października", 10),
    ("październik", 10),
    ("listopada", 11),
    ("grudnia", 12),
    ("grudzień", 12),
    // Czech.
    ("ledna", 1),
    ("leden", 1),
    ("února", 2),
    ("únor", 2),
    ("března", 3),
    ("březen", 3),
    ("dubna", 4),
    ("duben", 4),
    ("května", 5),
    ("květen", 5),
    ("června", 6),
    ("červen", 6),
    ("července", 7),
    ("červenec", 7),
    ("srpna", 8),
    ("srpen", 8),
    ("září", 9),
    ("října", 10),
    ("říjen", 10),
    ("listopadu", 11),
    ("listopad", 11),
    ("prosince", 12),
    ("prosinec", 12),
    // Slovak.
    ("januára", 1),
    ("január", 1),
    ("februára", 2),
    ("február", 2),
    ("marec", 3),
    ("apríla", 4),
    ("apríl", 4),
    ("mája", 5),
    ("máj", 5),
    ("júna", 6),
    ("jún", 6),
    ("júla", 7),
    ("júl", 7),
    ("augusta", 8),
    ("septembra", 9),
    ("októbra", 10),
    ("október", 10),
    ("novembra", 11),
    ("decembra", 12),
    // Finnish, with and without the partitive ending.
    ("tammikuuta", 1),
    ("tammikuu", 1),
    ("helmikuuta", 2),
    ("helmikuu", 2),
    ("maaliskuuta", 3),
    ("maaliskuu", 3),
    ("huhtikuuta", 4),
    ("huhtikuu", 4),
    ("toukokuuta", 5),
    ("toukokuu", 5),
    ("kesäkuuta", 6),
    ("kesäkuu", 6),
    ("heinäkuuta", 7),
    ("heinäkuu", 7),
    ("elokuuta", 8),
    ("elokuu", 8),
    ("syyskuuta", 9),
    ("syyskuu", 9),
    ("lokakuuta", 10),
    ("lokakuu", 10),
    ("marraskuuta", 11),
    ("marraskuu", 11),
    ("joulukuuta", 12),
    ("joulukuu", 12),
    // Swedish, Danish and Norwegian.
    ("maj", 5),
    ("augusti", 8),
    ("marts", 3),
    ("desember", 12),
];

/// Words before a day that are not part of its date: "the 3rd of July". Not the French,
/// Spanish or German ones: "le 21 mai." beginning a line is the end of a wrapped sentence
/// far more often than a date cell.
pub(crate) const ARTICLES_BEFORE_A_DAY: &[&str] = &["the"];

/// Endings after a day's number that the date patterns do not list: Dutch "3e juli",
/// Swedish "3:e juli", "1:a juli".
pub(crate) const DAY_ENDINGS: &[&str] = &[":e", ":a", "e"];

/// Words naming a calendar (ISO) week before its number and year: "KW 27/2023", "Week 27
/// (2023)".
pub(crate) const CALENDAR_WEEK_PATTERN: &str =
    r"kw|cw|calendar\s+week|kalenderwoche|week|wk|woche|semaine|semana|settimana|hafta";

/// One-letter weekday codes of course timetables (R is Thursday), read only where a dash
/// joins one to a month and a day ("R-Jul-06").
pub(crate) const WEEKDAY_LETTERS: &str = "MTWRFSU";

/// The marks after the year, month and day of a Chinese, Japanese or Korean date
/// ("2026年4月7日", "3월 22일") and after its hour and minute ("23시 59분").
pub(crate) const CJK_YEAR_MARK_PATTERN: &str = r"年|년";
/// See [`CJK_YEAR_MARK_PATTERN`].
pub(crate) const CJK_MONTH_MARK_PATTERN: &str = r"月|월";
/// See [`CJK_YEAR_MARK_PATTERN`].
pub(crate) const CJK_DAY_MARK_PATTERN: &str = r"日|号|일";
/// See [`CJK_YEAR_MARK_PATTERN`].
pub(crate) const CJK_HOUR_MARK_PATTERN: &str = r"時|时|시";
/// See [`CJK_YEAR_MARK_PATTERN`].
pub(crate) const CJK_MINUTE_MARK_PATTERN: &str = r"分|분";
/// A Japanese or Korean weekday in brackets after a date: "4/7(火)", "3월 22일 (금)".
pub(crate) const CJK_WEEKDAY_PATTERN: &str = r"[（(]\s*[月火水木金土日월화수목금토일]\s*[)）]";

/// Words between a day, its month and its year: "11 de septiembre de 2025" (Spanish,
/// Portuguese), "the 3rd of July" (English).
pub(crate) const DATE_CONNECTOR_PATTERN: &str = r"de|del|of";

/// English weekday names.
pub(crate) const WEEKDAYS_EN: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// English weekday abbreviations; a deadline's "due Fri" is read with these (plus "day").
pub(crate) const WEEKDAYS_EN_SHORT: &[(&str, Weekday)] = &[
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("weds", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// Turkish weekday names, with and without their letters.
pub(crate) const WEEKDAYS_TR: &[(&str, Weekday)] = &[
    ("pazartesi", Weekday::Mon),
    ("salı", Weekday::Tue),
    ("sali", Weekday::Tue),
    ("çarşamba", Weekday::Wed),
    ("carsamba", Weekday::Wed),
    ("perşembe", Weekday::Thu),
    ("persembe", Weekday::Thu),
    ("cuma", Weekday::Fri),
    ("cumartesi", Weekday::Sat),
    ("pazar", Weekday::Sun),
];

/// German weekday names, read where a weekday stands alone ("Vorlesung: Dienstag 10 c.t.").
pub(crate) const WEEKDAYS_DE: &[(&str, Weekday)] = &[
    ("montag", Weekday::Mon),
    ("dienstag", Weekday::Tue),
    ("mittwoch", Weekday::Wed),
    ("donnerstag", Weekday::Thu),
    ("freitag", Weekday::Fri),
    ("samstag", Weekday::Sat),
    ("sonntag", Weekday::Sun),
];

/// Weekday names in French, Spanish, Portuguese, Italian and Dutch, read alone ("Cours :
/// mardi 14h-16h") and in front of a date ("Miércoles 4/3"); German is [`WEEKDAYS_DE`].
pub(crate) const WEEKDAYS_EU: &[(&str, Weekday)] = &[
    ("lundi", Weekday::Mon),
    ("mardi", Weekday::Tue),
    ("mercredi", Weekday::Wed),
    ("jeudi", Weekday::Thu),
    ("vendredi", Weekday::Fri),
    ("samedi", Weekday::Sat),
    ("dimanche", Weekday::Sun),
    ("lunes", Weekday::Mon),
    ("martes", Weekday::Tue),
    ("miércoles", Weekday::Wed),
    ("miercoles", Weekday::Wed),
    ("jueves", Weekday::Thu),
    ("viernes", Weekday::Fri),
    ("sábado", Weekday::Sat),
    ("sabado", Weekday::Sat),
    ("domingo", Weekday::Sun),
    ("segunda-feira", Weekday::Mon),
    ("terça-feira", Weekday::Tue),
    ("terca-feira", Weekday::Tue),
    ("quarta-feira", Weekday::Wed),
    ("quinta-feira", Weekday::Thu),
    ("sexta-feira", Weekday::Fri),
    ("lunedì", Weekday::Mon),
    ("lunedi", Weekday::Mon),
    ("martedì", Weekday::Tue),
    ("martedi", Weekday::Tue),
    ("mercoledì", Weekday::Wed),
    ("mercoledi", Weekday::Wed),
    ("giovedì", Weekday::Thu),
    ("giovedi", Weekday::Thu),
    ("venerdì", Weekday::Fri),
    ("venerdi", Weekday::Fri),
    ("sabato", Weekday::Sat),
    ("domenica", Weekday::Sun),
    ("maandag", Weekday::Mon),
    ("dinsdag", Weekday::Tue),
    ("woensdag", Weekday::Wed),
    ("donderdag", Weekday::Thu),
    ("vrijdag", Weekday::Fri),
    ("zaterdag", Weekday::Sat),
    ("zondag", Weekday::Sun),
];

/// Weekday names in Polish (with the forms a slot gives them: "w środy", "we wtorki"),
/// Swedish, Norwegian and Danish.
pub(crate) const WEEKDAYS_NORTH: &[(&str, Weekday)] = &[
    ("poniedziałek", Weekday::Mon),
    ("poniedziałki", Weekday::Mon),
    ("wtorek", Weekday::Tue),
    ("wtorki", Weekday::Tue),
    ("środa", Weekday::Wed),
    ("środy", Weekday::Wed),
    ("czwartek", Weekday::Thu),
    ("czwartki", Weekday::Thu),
    ("piątek", Weekday::Fri),
    ("piątki", Weekday::Fri),
    ("sobota", Weekday::Sat),
    ("soboty", Weekday::Sat),
    ("niedziela", Weekday::Sun),
    ("niedziele", Weekday::Sun),
    // The accusative a slot puts after "w"/"we": "w środę", "w sobotę", "w niedzielę".
    ("środę", Weekday::Wed),
    ("sobotę", Weekday::Sat),
    ("niedzielę", Weekday::Sun),
    // Hungarian, with the forms a slot gives them ("kedden": on Tuesday, "keddenként":
    // on Tuesdays).
    ("hétfő", Weekday::Mon),
    ("hétfőn", Weekday::Mon),
    ("hétfőnként", Weekday::Mon),
    ("kedd", Weekday::Tue),
    ("kedden", Weekday::Tue),
    ("keddenként", Weekday::Tue),
    ("szerda", Weekday::Wed),
    ("szerdán", Weekday::Wed),
    ("szerdánként", Weekday::Wed),
    ("csütörtök", Weekday::Thu),
    ("csütörtökön", Weekday::Thu),
    ("csütörtökönként", Weekday::Thu),
    ("péntek", Weekday::Fri),
    ("pénteken", Weekday::Fri),
    ("péntekenként", Weekday::Fri),
    ("szombat", Weekday::Sat),
    ("szombaton", Weekday::Sat),
    ("vasárnap", Weekday::Sun),
    ("måndag", Weekday::Mon),
    ("mandag", Weekday::Mon),
    ("tisdag", Weekday::Tue),
    ("tirsdag", Weekday::Tue),
    ("onsdag", Weekday::Wed),
    ("torsdag", Weekday::Thu),
    ("fredag", Weekday::Fri),
    ("lördag", Weekday::Sat),
    ("lørdag", Weekday::Sat),
    ("söndag", Weekday::Sun),
    ("søndag", Weekday::Sun),
];

/// Endings that make a weekday name plural ("Mondays", "tisdagar", "tirsdager", "mandage"),
/// tried only where the name does not stand as written.
pub(crate) const WEEKDAY_PLURAL_ENDINGS: &[&str] = &["s", "ar", "er", "e"];

/// The joined second part of a weekday name: Portuguese "segunda-feira".
pub(crate) const WEEKDAY_SECOND_PART_PATTERN: &str = r"-feira";

/// Abbreviated weekdays of [`WEEKDAYS_EU`] and German, read only in front of a date
/// ("mer. 9 oct.", "Mi., 16.10."): alone they are words ("sex", "dom").
pub(crate) const WEEKDAYS_EU_SHORT: &[(&str, Weekday)] = &[
    ("lun", Weekday::Mon),
    ("mer", Weekday::Wed),
    ("jeu", Weekday::Thu),
    ("ven", Weekday::Fri),
    ("sam", Weekday::Sat),
    ("dim", Weekday::Sun),
    ("mié", Weekday::Wed),
    ("mie", Weekday::Wed),
    ("jue", Weekday::Thu),
    ("vie", Weekday::Fri),
    ("sáb", Weekday::Sat),
    ("segunda", Weekday::Mon),
    ("terça", Weekday::Tue),
    ("terca", Weekday::Tue),
    ("quarta", Weekday::Wed),
    ("quinta", Weekday::Thu),
    ("sexta", Weekday::Fri),
    ("seg", Weekday::Mon),
    ("qua", Weekday::Wed),
    ("qui", Weekday::Thu),
    ("ter", Weekday::Tue),
    ("sex", Weekday::Fri),
    ("sab", Weekday::Sat),
    ("dom", Weekday::Sun),
    ("mo", Weekday::Mon),
    ("di", Weekday::Tue),
    ("mi", Weekday::Wed),
    ("do", Weekday::Thu),
    ("fr", Weekday::Fri),
    ("so", Weekday::Sun),
];

/// Chinese weekday names, found inside running text ("每周一，15:25-17:05"): Chinese
/// writes no spaces between words.
pub(crate) const WEEKDAYS_ZH: &[(&str, Weekday)] = &[
    ("周一", Weekday::Mon),
    ("周二", Weekday::Tue),
    ("周三", Weekday::Wed),
    ("周四", Weekday::Thu),
    ("周五", Weekday::Fri),
    ("周六", Weekday::Sat),
    ("周日", Weekday::Sun),
    ("周天", Weekday::Sun),
    ("星期一", Weekday::Mon),
    ("星期二", Weekday::Tue),
    ("星期三", Weekday::Wed),
    ("星期四", Weekday::Thu),
    ("星期五", Weekday::Fri),
    ("星期六", Weekday::Sat),
    ("星期日", Weekday::Sun),
    ("星期天", Weekday::Sun),
];

/// Japanese and Korean weekday names, found inside running text like [`WEEKDAYS_ZH`]
/// ("講義: 火曜 3限", "월요일 10:00").
pub(crate) const WEEKDAYS_JA_KO: &[(&str, Weekday)] = &[
    ("月曜", Weekday::Mon),
    ("火曜", Weekday::Tue),
    ("水曜", Weekday::Wed),
    ("木曜", Weekday::Thu),
    ("金曜", Weekday::Fri),
    ("土曜", Weekday::Sat),
    ("日曜", Weekday::Sun),
    ("월요일", Weekday::Mon),
    ("화요일", Weekday::Tue),
    ("수요일", Weekday::Wed),
    ("목요일", Weekday::Thu),
    ("금요일", Weekday::Fri),
    ("토요일", Weekday::Sat),
    ("일요일", Weekday::Sun),
];

/// Japanese weekdays written by their one character, as a slot lists them joined by
/// [`WEEKDAY_JA_JOINER`] ("月・水・木の13:00〜16:40"); read only so joined, two or more, since
/// each character alone is also a word (月 is a month, 水 water).
pub(crate) const WEEKDAYS_JA_ONE: &[(char, Weekday)] = &[
    ('月', Weekday::Mon),
    ('火', Weekday::Tue),
    ('水', Weekday::Wed),
    ('木', Weekday::Thu),
    ('金', Weekday::Fri),
    ('土', Weekday::Sat),
    ('日', Weekday::Sun),
];
/// The word a block course's plan numbers its days with (`# day | Contents`, `Day 2: Trees`,
/// `Tag 3`), lower case; see `block_days`.
pub(crate) const PLAN_DAY_WORDS: &[&str] = &[
    "day", "tag", "jour", "journée", "día", "dia", "giorno", "dag", "dzień", "päivä", "gün",
];
/// The middle dot that joins [`WEEKDAYS_JA_ONE`] in a list.
pub(crate) const WEEKDAY_JA_JOINER: char = '・';

/// Weekday words read also where they stand alone ("Tu/Th" slots, "no class Th"): "Th" is
/// too short to be trusted in front of a date. Portuguese names its weekdays without
/// "-feira" as often as with it ("terças (18:30-20:10)", a "Dia semana" column of "terça",
/// "quarta"): the short forms long enough not to be other words are weekdays here too.
pub(crate) const WEEKDAYS_ALONE_ONLY: &[(&str, Weekday)] = &[
    ("th", Weekday::Thu),
    ("segunda", Weekday::Mon),
    ("terça", Weekday::Tue),
    ("terca", Weekday::Tue),
    ("quarta", Weekday::Wed),
    ("quinta", Weekday::Thu),
    ("sexta", Weekday::Fri),
];

/// The weekday names every reader takes: the full names of each language and English short
/// ones. Readers add the lists that only hold in their place (alone, before a date, short
/// European forms).
pub(crate) const WEEKDAY_NAMES: [&[(&str, Weekday)]; 6] = [
    WEEKDAYS_EN,
    WEEKDAYS_EN_SHORT,
    WEEKDAYS_TR,
    WEEKDAYS_DE,
    WEEKDAYS_EU,
    WEEKDAYS_NORTH,
];

/// Short weekday names read only in a slot line, and only as written here (capitalised):
/// English "Tu 16-18"; German "Mo 10-12", "Do 14–16 Uhr"; Spanish "Lun y Mié"; French "Mer", "Jeu", "Ven";
/// Italian "Gio"; Portuguese "Ter 08-10h Qui 10-12h". Lower-case "do", "mi" and the
/// month-like "Mar" are ordinary words.
pub(crate) const WEEKDAYS_SLOT_SHORT: &[(&str, Weekday)] = &[
    ("Mo", Weekday::Mon),
    ("Tu", Weekday::Tue),
    ("Di", Weekday::Tue),
    ("Mi", Weekday::Wed),
    ("Do", Weekday::Thu),
    ("Fr", Weekday::Fri),
    ("Lun", Weekday::Mon),
    ("Mié", Weekday::Wed),
    ("Mie", Weekday::Wed),
    ("Jue", Weekday::Thu),
    ("Vie", Weekday::Fri),
    ("Mer", Weekday::Wed),
    ("Jeu", Weekday::Thu),
    ("Ven", Weekday::Fri),
    ("Gio", Weekday::Thu),
    ("Seg", Weekday::Mon),
    ("Ter", Weekday::Tue),
    ("Qua", Weekday::Wed),
    ("Qui", Weekday::Thu),
    ("Sex", Weekday::Fri),
    // Swedish, Norwegian and Danish ("tis 13-15", "Ons 10.15-12"); "man" and "tor" are
    // words, read only with their dot (see [`WEEKDAYS_SLOT_DOTTED`]).
    ("mån", Weekday::Mon),
    ("Mån", Weekday::Mon),
    ("tis", Weekday::Tue),
    ("Tis", Weekday::Tue),
    ("tirs", Weekday::Tue),
    ("Tirs", Weekday::Tue),
    ("ons", Weekday::Wed),
    ("Ons", Weekday::Wed),
    ("tors", Weekday::Thu),
    ("Tors", Weekday::Thu),
    ("fre", Weekday::Fri),
    ("Fre", Weekday::Fri),
    // Polish ("śr 10:15-12:00", "Czw 8-10").
    ("pon", Weekday::Mon),
    ("Pon", Weekday::Mon),
    ("śr", Weekday::Wed),
    ("Śr", Weekday::Wed),
    ("czw", Weekday::Thu),
    ("Czw", Weekday::Thu),
];

/// Short weekday names read in a slot line only when written with their dot, in any case:
/// French and Spanish "lun. et mer.", "mar. y jue.", Polish "wt.", "pt.", Norwegian and
/// Danish "man.", "tir.", "tor." (without the dot they are words: "man", "mar", "tor").
pub(crate) const WEEKDAYS_SLOT_DOTTED: &[(&str, Weekday)] = &[
    ("lun.", Weekday::Mon),
    ("mar.", Weekday::Tue),
    ("mer.", Weekday::Wed),
    ("mié.", Weekday::Wed),
    ("jeu.", Weekday::Thu),
    ("jue.", Weekday::Thu),
    ("ven.", Weekday::Fri),
    ("vie.", Weekday::Fri),
    ("wt.", Weekday::Tue),
    ("pt.", Weekday::Fri),
    ("man.", Weekday::Mon),
    ("tir.", Weekday::Tue),
    ("tor.", Weekday::Thu),
];

/// The weekdays as calendars head their columns with one or two letters, Monday first, in
/// English ("M T W R F", "M Tu W Th F"), French ("L Ma Me J V"), Spanish ("L M X J V", "Lu Ma Mi
/// Ju Vi") and German ("Mo Di Mi Do Fr"). A letter alone is no weekday anywhere else: only a
/// header of three such codes or more, in the order of one of these weeks, is read so.
pub(crate) const WEEKDAY_CODE_WEEKS: &[[&str; 7]] = &[
    ["m", "t", "w", "r", "f", "s", "u"],
    ["m", "tu", "w", "th", "f", "sa", "su"],
    ["l", "ma", "me", "j", "v", "s", "d"],
    ["l", "m", "x", "j", "v", "s", "d"],
    ["lu", "ma", "mi", "ju", "vi", "sa", "do"],
    ["mo", "di", "mi", "do", "fr", "sa", "so"],
    ["ma", "ti", "ke", "to", "pe", "la", "su"],
];

/// Words of a legend's meaning that make its code (alone in a grid cell, `cell_codes`) an
/// exam ("(T): EXAM period", Finnish "tentti").
pub(crate) const CELL_CODE_EXAM_WORDS: &[&str] = &[
    "exam", "tentti", "tentamen", "eksamen", "klausur", "prüfung", "examen", "esame", "prova",
];
/// Words of an exam code's meaning that make it a window marked day by day, not a sitting.
pub(crate) const CELL_CODE_PERIOD_WORDS: &[&str] = &[
    "period", "window", "zeitraum", "jakso", "periodo", "période",
];
/// Words of a legend's meaning that make its code numbered work falling due (Finnish
/// "palautus", submission).
pub(crate) const CELL_CODE_DUE_WORDS: &[&str] = &[
    "due",
    "deadline",
    "submission",
    "submit",
    "hand in",
    "hand-in",
    "turn in",
    "palautus",
    "abgabe",
    "entrega",
    "frist",
    "innlevering",
    "inlämning",
    "remise",
    "rendu",
    "consegna",
];
/// Words of a legend's meaning that make its code numbered work handed out (Finnish
/// "julkaisu", publication).
pub(crate) const CELL_CODE_OUT_WORDS: &[&str] = &[
    "release",
    "publish",
    "publication",
    "hand out",
    "handed out",
    "julkaisu",
    "veröffentlich",
    "ausgabe",
    "publica",
    "publié",
    "enunciado",
];
/// Words of a legend's meaning that make its code a class meeting (Finnish "kontaktitunnit",
/// contact hours; "luento", lecture).
pub(crate) const CELL_CODE_LECTURE_WORDS: &[&str] = &[
    "lecture",
    "contact",
    "kontakti",
    "luento",
    "forelesning",
    "forelesing",
    "föreläsning",
    "vorlesung",
    "cours",
    "clase",
    "aula",
    "lezione",
    "class",
];

/// Headers of a weekday grid's week column that say its numbers are the calendar's (ISO)
/// weeks, as Nordic and German timetables count them (Finnish "vko", Norwegian "uke",
/// Swedish "vecka", Danish "uge", German "KW"): week 33 is the 33rd week of the term's year.
/// The English "week" counts a course's weeks and is not one of them.
pub(crate) const CALENDAR_WEEK_HEADERS: &[&str] = &[
    "vko",
    "viikko",
    "uke",
    "veke",
    "vecka",
    "v.",
    "uge",
    "kw",
    "kalenderwoche",
    "cw",
    "calendar week",
];

/// Words for a week that, numbered 5 or above in a plan without dates ("Week 34 - Recap"),
/// count the year's weeks (see `rows::year_weeks`); the words of
/// [`CALENDAR_WEEK_HEADERS`] count them from any number.
pub(crate) const YEAR_WEEK_WORDS: &[&str] = &[
    "week",
    "wk",
    "woche",
    "semaine",
    "semana",
    "settimana",
    "hafta",
    "week",
    "tydzień",
];

/// Weekday words read only in front of a date ("Pzt 4 Ekim"); the parser has never read them
/// alone, and adding them there would change which lines are lecture slots.
pub(crate) const WEEKDAYS_BEFORE_DATE_ONLY: &[(&str, Weekday)] = &[
    ("pzt", Weekday::Mon),
    ("cmt", Weekday::Sat),
    ("çarsamba", Weekday::Wed),
    ("carşamba", Weekday::Wed),
    // English two-letter days in front of a date ("Tu 2024-10-22", "We Apr 3"); "Mo" and
    // "Fr" are already German ones.
    ("tu", Weekday::Tue),
    ("we", Weekday::Wed),
    ("th", Weekday::Thu),
    ("sa", Weekday::Sat),
    ("su", Weekday::Sun),
    // US one-letter day codes in front of a date ("T 9/1", "R 9/3"): a letter standing alone
    // before a date names its day (no other word of one of these letters stands there).
    ("m", Weekday::Mon),
    ("t", Weekday::Tue),
    ("w", Weekday::Wed),
    ("r", Weekday::Thu),
    ("f", Weekday::Fri),
    // Portuguese three-letter days in front of a date ("Ter 4/2", "Sex 7/2"); alone they are
    // other words.
    ("ter", Weekday::Tue),
    ("sex", Weekday::Fri),
];

/// Compact US day codes as in "MWF", "TTh", "TuTh"; two-letter codes come first so that
/// "Th" is not read as "T" and "h".
pub(crate) const DAY_CODES: &[(&str, Weekday)] = &[
    ("Tu", Weekday::Tue),
    ("Th", Weekday::Thu),
    ("Sa", Weekday::Sat),
    ("Su", Weekday::Sun),
    ("M", Weekday::Mon),
    ("T", Weekday::Tue),
    ("W", Weekday::Wed),
    ("R", Weekday::Thu),
    ("F", Weekday::Fri),
];

/// A run of day codes ("MWF", "TuTh") or codes joined by slashes, commas or a space ("M/W/F",
/// "M, W", "M W"); case matters.
pub(crate) const DAY_CODE_PATTERN: &str =
    r"\b((?:M|Tu|Th|T|W|R|F|Sa|Su){2,5}|(?:M|Tu|Th|T|W|R|F)(?:(?:/|,\s?| )(?:M|Tu|Th|T|W|R|F))+)\b";

/// A class's length in parentheses after its start ("at 10am (50 mins)", "(1.5 hours)"):
/// the number and the unit.
pub(crate) const DURATION_PATTERN: &str = r"(?i)^[^()]{0,3}\(\s*(?P<n>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>min(?:ute)?s?|h(?:ou)?rs?|hours?|h)\b";
/// The units of [`DURATION_PATTERN`] that are hours (by their first letter).
pub(crate) const DURATION_HOUR_INITIAL: char = 'h';

/// Season words of term names ("Fall 2022", "Güz 2022", "Kış 2024").
pub(crate) const SEASONS: &[(&str, Season)] = &[
    ("fall", Season::Fall),
    ("autumn", Season::Fall),
    ("güz", Season::Fall),
    ("guz", Season::Fall),
    ("spring", Season::Spring),
    ("bahar", Season::Spring),
    ("summer", Season::Summer),
    ("yaz", Season::Summer),
    ("winter", Season::Winter),
    ("kış", Season::Winter),
    ("kiş", Season::Winter),
    ("kıs", Season::Winter),
    ("kis", Season::Winter),
    ("春季", Season::Spring),
    ("春季学期", Season::Spring),
    ("秋季", Season::Fall),
    ("秋季学期", Season::Fall),
    ("夏季", Season::Summer),
    ("夏季学期", Season::Summer),
    ("冬季", Season::Winter),
    ("冬季学期", Season::Winter),
    ("봄학기", Season::Spring),
    ("봄", Season::Spring),
    ("가을학기", Season::Fall),
    ("가을", Season::Fall),
    ("여름학기", Season::Summer),
    ("겨울학기", Season::Winter),
    ("automne", Season::Fall),
    ("printemps", Season::Spring),
    ("otoño", Season::Fall),
    ("outono", Season::Fall),
    ("autunno", Season::Fall),
    ("primavera", Season::Spring),
    ("najaar", Season::Fall),
    ("voorjaar", Season::Spring),
    // Terms of Oxford, Cambridge and Durham: Michaelmas (October to December), then Lent or
    // Hilary and Trinity or Easter (January to June).
    ("michaelmas", Season::Fall),
    ("hilary", Season::Spring),
    ("lent", Season::Spring),
    ("trinity", Season::Spring),
    ("hiver", Season::Winter),
    ("été", Season::Summer),
    ("invierno", Season::Winter),
    ("verano", Season::Summer),
    ("verão", Season::Summer),
    ("herbst", Season::Fall),
    ("frühjahr", Season::Spring),
    ("frühling", Season::Spring),
    ("høst", Season::Fall),
    ("höst", Season::Fall),
    ("hösttermin", Season::Fall),
    ("höstterminen", Season::Fall),
    ("vår", Season::Spring),
    ("vårtermin", Season::Spring),
    ("vårterminen", Season::Spring),
    ("efterår", Season::Fall),
    ("forår", Season::Spring),
    ("syksy", Season::Fall),
    ("kevät", Season::Spring),
    // A Polish winter semester runs October to February and is named by its academic year
    // ("semestr zimowy 2022/23"): read as the fall of its first year, summer as spring.
    ("zimowy", Season::Fall),
    ("letni", Season::Spring),
];

/// Marks that stand for the century before a two-digit year after a season: "Fall '22".
pub(crate) const YEAR_APOSTROPHE_PATTERN: &str = r"['’‘]";

/// One-letter term codes written with a two-digit year after a course code ("INF2100 H22",
/// "IFT2015-A19", "MAT1110 V26"): Norwegian høst/vår, Quebec automne/hiver/été. "H" is autumn
/// in Norway and winter in Quebec, so only the year is read from them, the season from the
/// months of the dates.
pub(crate) const TERM_LETTER_CODES: &str = "HVAE";

/// A numbered trimester or term with its year, "T1 2020", "Trimester 2, 2021", "Term 3 2019":
/// only the year is read, the season from the months of the dates.
pub(crate) const NUMBERED_TERM_PATTERN: &str = r"T|trimester|term";

/// A Japanese or Korean academic year ("2026年度", "2025학년도"), which starts in April (Japan)
/// or March (Korea), and the half of it that may follow: first half or semester 1
/// ("前期", "1학기") is spring, second ("後期", "2학기") fall.
pub(crate) const CJK_ACADEMIC_YEAR_PATTERN: &str = r"年度|학년도";
/// See [`CJK_ACADEMIC_YEAR_PATTERN`].
pub(crate) const CJK_FIRST_HALF_PATTERN: &str = r"前期|春学期|1\s*학기";
/// See [`CJK_ACADEMIC_YEAR_PATTERN`].
pub(crate) const CJK_SECOND_HALF_PATTERN: &str = r"後期|秋学期|2\s*학기";

/// A semester numbered before its word, in a calendar year: "2º semestre 2025",
/// "1er cuatrimestre 2024", "1C 2020", "2º Sem/2026" (Spanish, Portuguese, French, Italian).
pub(crate) const NUMBERED_SEMESTER_PATTERN: &str =
    r"(?:º|°|ª|o|er|do|nd)?\.?\s*(?:semestre|cuatrimestre|sem|c)\b\.?\s*(?:/\s*|de\s+|del\s+)?";

/// A semester numbered in Roman figures before its word, its year after: "I° Semestre 2023",
/// "II semestre de 2024", "I° Semestre- 2023" (Spanish, Portuguese).
pub(crate) const ROMAN_SEMESTER_PATTERN: &str =
    r"\s*[º°]?\s*(?:semestre|cuatrimestre)\b\s*(?:[-–]\s*)?(?:de\s+|del\s+)?";

/// A mark that may follow a year before its season: "2021 年春季" (Chinese).
pub(crate) const YEAR_MARK_PATTERN: &str = r"年|년";

/// Words that may stand between a season and its year: "Fall semester 2022", "Güz dönemi 2022".
pub(crate) const TERM_FILLER_PATTERN: &str = r"semester|term|quarter|d[öo]nemi|semestre";

/// Semester names and codes written before their year, lower case: German ("WS 2023/24",
/// "SoSe 2024", "SuSe24"), Swiss ("HS23" Herbstsemester, "FS25" Frühjahrssemester) and
/// Swedish ("HT 2025" hösttermin, "VT24" vårtermin). Codes of two letters are read only in
/// capitals. A winter semester is named by the year it ends in.
pub(crate) const SEMESTER_CODES: &[(&str, Season)] = &[
    ("ws", Season::Winter),
    ("wise", Season::Winter),
    ("wintersemester", Season::Winter),
    ("ss", Season::Summer),
    ("sose", Season::Summer),
    ("suse", Season::Summer),
    ("sommersemester", Season::Summer),
    ("hs", Season::Fall),
    ("herbstsemester", Season::Fall),
    ("fs", Season::Spring),
    ("frühjahrssemester", Season::Spring),
    ("ht", Season::Fall),
    ("vt", Season::Spring),
];

/// Term codes of American registrars, written in capitals and joined to their year: "FA24",
/// "SP2025", "SU24", "WI25" (a winter quarter, January to March), "AU24" (autumn).
pub(crate) const REGISTRAR_TERM_CODES: &[(&str, Season)] = &[
    ("FA", Season::Fall),
    ("AU", Season::Fall),
    ("SP", Season::Spring),
    ("SU", Season::Summer),
    ("WI", Season::Winter),
];

/// Words that number a semester: "Semester 2 2017", "AY25/26 Sem 1".
pub(crate) const SEMESTER_NUMBER_PATTERN: &str = r"semester|sem";

/// Words between the two ends of a span: "January to April", "Mon through Fri".
pub(crate) const RANGE_WORD_PATTERN: &str = r"to|through|thru|until|till|bis";

/// Capitalised words that look like course codes next to a number ("Winter 2024", "Week 3")
/// besides month, weekday and season names.
pub(crate) const NOT_COURSE_CODES: &[&str] = &["term", "week", "hafta", "sem"];

/// Term abbreviations, no course code before a year ("SS 2025", "WS 2024", "FS 2024", "HT
/// 2023"): Sommer-, Winter-, Frühjahrs-, Herbstsemester; Swedish höst- and vårtermin. Before
/// a course number they are a department's letters ("HS 101", "SS 210").
pub(crate) const TERM_ABBREVIATIONS: &[&str] =
    &["ss", "ws", "sose", "wise", "fs", "hs", "ht", "vt"];

/// Words a page's title may hold without naming its course ("Schedule", "Course syllabus",
/// "Cronograma de la materia", "Home"): a title of these words alone is no course name.
pub(crate) const GENERIC_TITLE_WORDS: &[&str] = &[
    "schedule",
    "syllabus",
    "calendar",
    "course",
    "class",
    "outline",
    "home",
    "index",
    "overview",
    "lectures",
    "lecture",
    "plan",
    "information",
    "info",
    "page",
    "the",
    "of",
    "and",
    "for",
    "tentative",
    "weekly",
    "readme",
    "welcome",
    "to",
    "cronograma",
    "programa",
    "calendario",
    "horario",
    "curso",
    "asignatura",
    "materia",
    "de",
    "del",
    "la",
    "el",
    "planificación",
    "planificacion",
    "ementa",
    "disciplina",
    "plano",
    "ensino",
    "da",
    "do",
    "kursplan",
    "semesterplan",
    "vorlesungsplan",
    "zeitplan",
    "ablaufplan",
    "vorlesung",
    "kurs",
    "der",
    "die",
    "das",
    "und",
    "cours",
    "calendrier",
    "séances",
    "seances",
    "le",
    "du",
    "des",
    "programme",
    "corso",
    "lezioni",
    "rooster",
    "planning",
    "vak",
    "ders",
    "takvimi",
    "izlencesi",
    "syllabi",
    "semester",
    "term",
    "deadlines",
    "deadline",
    "assignments",
    "assignment",
    "homework",
    "homeworks",
    "exercises",
    "due",
    "dates",
    "important",
    "draft",
    "updated",
    "terminplanung",
    "termine",
    "übersicht",
    "zur",
    "zum",
    "informationen",
    "harmonogram",
    "informácie",
    "základné",
    "fechas",
    "entregas",
    "datas",
    "aulas",
    "cronogramma",
    "date",
    "devoirs",
    "échéancier",
    "echeancier",
    "in",
    "a",
    "at",
    "daily",
    "timetable",
    "classes",
    "homepage",
    "les",
    "séance",
    "seance",
    "main",
    "about",
    "講義情報",
    "講義日程",
    "授業計画",
    "日程",
    "课程安排",
    "教学日历",
    "课程表",
];

/// Words that name a week in a week cell or before a date ("Week 3", "Hafta 3", "W3").
pub(crate) const WEEK_WORD_PATTERN: &str =
    r"week|wk|w|hafta|woche|semaine|semana|settimana|sem|s|kw";

/// Words that number one meeting in a heading or a list before its date, "Aula 3 - 19/08",
/// "Lecture 4 (Sep 12)": the number counts meetings, not weeks, and is passed over.
pub(crate) const MEETING_NUMBER_WORD_PATTERN: &str = r"lecture|lec|class|session|meeting|aula|clase|sesión|sesion|séance|seance|cours|lezione|vorlesung|vl|les|college|ders|lição|licao|encontro";

/// Lecture numbering cells: "L1", "Lec. 3", "Lecture 12", "Ders 4".
pub(crate) const LECTURE_NUMBER_PATTERN: &str = r"l|lec|lect|lecture|ders|session|class";

/// What comes before a week-commencing date: "w/c 25 Sept", "Hafta başı 2 Ekim".
pub(crate) const WEEK_COMMENCING_PATTERN: &str =
    r"w/c|wc|week\s+(?:commencing|beginning|of)|hafta\s+başı";

/// The word of a page footer that is only the page's number ("Page 1", "Seite 2 von 4",
/// "Página 3 de 5"), and the words between the number and the count of pages.
pub(crate) const PAGE_WORDS: &[&str] = &["page", "seite", "página", "pagina", "pág", "sayfa"];
/// See [`PAGE_WORDS`].
pub(crate) const PAGE_OF_WORDS: &[&str] = &["of", "von", "de", "sur", "di", "/"];

/// Header cells, by the role of their column. A header is matched whole first; the
/// `*_PARTS` lists then catch compound names ("Assignments/Exams", "Work due").
pub(crate) const HEADER_WEEK: &[&str] = &[
    "week",
    "wk",
    "weeks",
    "hafta",
    "#",
    "no",
    "no.",
    "lecture #",
    "semana",
    "semaine",
    "sem",
    "woche",
    "settimana",
];
/// See [`HEADER_WEEK`].
pub(crate) const HEADER_DATE: &[&str] = &[
    "date", "dates", "day", "tarih", "when", "日期", "fecha", "fechas", "datum", "termin", "data",
    "datas",
];
/// Header words of [`HEADER_DATE`] that name a weekday column ("Day": Mon, Tue): the date
/// column only when no other column is.
/// Also the weekday column of a table of weekly meetings (`Day | Time | Room`).
pub(crate) const HEADER_WEEKDAY: &[&str] = &["day", "days", "weekday", "tag", "wochentag", "gün"];
/// See [`HEADER_WEEK`].
pub(crate) const HEADER_TOPIC: &[&str] = &[
    "topic",
    "topics",
    "subject",
    "subjects",
    "content",
    "contents",
    "lecture",
    "lectures",
    "konu",
    "konular",
    "title",
    "description",
    "tema",
    "temas",
    "temario",
    "contenido",
    "contenidos",
    "thema",
    "themen",
    "inhalt",
    "inhalte",
    "thème",
    "sujet",
    "contenu",
    "matière",
    "matières",
    "séance",
    "argomento",
    "argomenti",
    "conteúdo",
    "assunto",
    "onderwerp",
    "inhoud",
    "innehåll",
    "emne",
    "emner",
    "indhold",
    "innhold",
    "temat",
    "tematy",
    "treść",
    "téma",
    "témakör",
    "内容",
    "课程内容",
    "课程安排",
    "安排",
    "主题",
];
/// See [`HEADER_WEEK`].
pub(crate) const HEADER_ACTIVITY: &[&str] = &[
    "activities",
    "activity",
    "assignments",
    "assignment",
    "deliverables",
    "due",
    "deadlines",
    "homework",
    "homeworks",
    "hw",
    "events",
    "ödev",
    "ödevler",
    "notes",
    "note",
    "assessments",
    "due dates",
    "entregas",
    "tareas",
    "evaluación",
    "evaluaciones",
    "abgabe",
    "abgaben",
    "travail",
    "travaux",
    "devoirs",
    "consegne",
    "tarefas",
    "avaliação",
];
/// See [`HEADER_WEEK`].
pub(crate) const HEADER_READING: &[&str] = &[
    "readings",
    "reading",
    "materials",
    "resources",
    "slides",
    "chapters",
    "book",
    "okuma",
];
/// A column of work falling due: a bare "Homework 1" under it is a deadline, a date under
/// it (beside an item column) the item's deadline. See [`HEADER_WEEK`].
pub(crate) const HEADER_DUE: &[&str] = &[
    "due",
    "due date",
    "deadline",
    "deadlines",
    "submission",
    "submit by",
    "abgabe",
    "entrega",
    "entregas",
    "fecha de entrega",
    "fecha límite",
    "date de remise",
    "date limite",
    "data di consegna",
    "data de entrega",
    "abgabedatum",
    "abgabetermin",
    "à rendre",
    "consegna",
    "consegne",
    "scadenza",
    "prazo",
    "teslim",
    "hand in",
    "handed in",
];
/// The last words of a title over a table of deadlines ("Assignment Due Dates", "Project
/// deadlines"): every item in its rows falls due on the row's date.
pub(crate) const DUE_TABLE_TITLES: &[&str] = &[
    "due dates",
    "deliverable dates",
    "deadlines",
    "submission dates",
    "dates de remise",
    "échéances",
    "fechas de entrega",
    "fechas límite",
    "abgabetermine",
    "abgabefristen",
    "scadenze",
    "date di consegna",
    "prazos",
    "datas de entrega",
    "deadlines en inleverdata",
    "inleverdata",
    "teslim tarihleri",
];
/// A column of what students hand in or are assessed on (`Deliveries`, `Assessments`,
/// `Evaluación / Hito`), whole or as one part of a compound header: a bare item name under
/// it ("Spec v.1", "Taller 2") is handed in on the row's date, as under [`HEADER_DUE`]; an
/// exam named there stays the exam. See `rows::handed_in`.
pub(crate) const HEADER_HANDED_IN: &[&str] = &[
    "deliveries",
    "deliverables",
    "deliverable",
    "hand-ins",
    "hand ins",
    "submissions",
    "assessment",
    "assessments",
    "evaluation",
    "evaluations",
    "evaluación",
    "evaluaciones",
    "evaluacion",
    "entregables",
    "entregable",
    "hito",
    "hitos",
    "milestones",
    "remise",
    "remises",
    "remises de travaux",
    "évaluation",
    "évaluations",
    "avaliação",
    "avaliações",
    "entregáveis",
    "valutazione",
    "valutazioni",
    "leistungsnachweis",
    "leistungsnachweise",
    "innlevering",
    "innleveringer",
    "inlämning",
    "inlämningar",
    "afleveringer",
    "odevzdání",
];
/// Words naming the work in a compound due or release header ("Due HW", "HW Assigned",
/// "Homework out", "Tarea entrega"): without them the header is one of [`HEADER_DUE`] or
/// [`HEADER_OUT`] and gives its verb to the bare items under it.
pub(crate) const HEADER_VERB_ITEMS: &[&str] = &[
    "hw",
    "hws",
    "homework",
    "homeworks",
    "assignment",
    "assignments",
    "problem",
    "set",
    "sets",
    "sheet",
    "sheets",
    "ps",
    "psets",
    "lab",
    "labs",
    "project",
    "projects",
    "work",
    "tarea",
    "tareas",
    "devoir",
    "devoirs",
    "aufgabe",
    "aufgaben",
    "übung",
    "übungen",
    "ödev",
    "compito",
    "compiti",
    "trabalho",
    "trabalhos",
    "lista",
    "listas",
];
/// A column of work handed out: a bare "Homework 1" under it is a release. See [`HEADER_DUE`].
pub(crate) const HEADER_OUT: &[&str] = &[
    "out",
    "released",
    "release",
    "release date",
    "posted",
    "assigned",
    "given",
    "handed out",
    "hand out",
    "available",
    "ausgabe",
    "publicado",
    "publicación",
    "publié",
    "pubblicato",
    // The release date named as such beside a due-date column (`Fecha de publicación | Fecha
    // de entrega`).
    "publication date",
    "date published",
    "fecha de publicación",
    "fecha de publicacion",
    "date de publication",
    "data de publicação",
    "data de publicacao",
    "data di pubblicazione",
    "veröffentlichung",
];
/// The verbs put after a bare item name under a [`HEADER_DUE`] or [`HEADER_OUT`] column, so
/// the activity reader reads it as a deadline or a release.
pub(crate) const DUE_VERB: &str = "due";

/// What a legend says a code for handed-out work means ("ho: hand out"); see `work_codes`.
pub(crate) const WORK_CODE_OUT: &[&str] = &[
    "hand out",
    "handed out",
    "handout",
    "hand-out",
    "assigned",
    "released",
    "out",
    "posted",
    "issued",
    "given out",
    "publicado",
    "publicada",
    "ausgabe",
    "distribué",
];
/// What a legend says a code for work handed in means ("d: due date"); see `work_codes`.
pub(crate) const WORK_CODE_DUE: &[&str] = &[
    "due",
    "due date",
    "due on",
    "deadline",
    "hand in",
    "handed in",
    "turn in",
    "turned in",
    "submit",
    "submission",
    "entrega",
    "abgabe",
    "à rendre",
    "remise",
];

/// Org mode's planning words: `DEADLINE: <2022-02-01 Tue>` under a heading makes it due,
/// `SCHEDULED: <…>` dates it.
pub(crate) const ORG_DEADLINE: &str = "DEADLINE:";
/// See [`ORG_DEADLINE`].
pub(crate) const ORG_SCHEDULED: &str = "SCHEDULED:";
/// Org mode's task keywords in front of a heading's text (`* TODO Homework 2`).
pub(crate) const ORG_TODO_KEYWORDS: &[&str] = &["TODO", "DONE"];
/// See [`DUE_VERB`].
pub(crate) const OUT_VERB: &str = "out";
/// The item column of an item-first table (`Item | Posted | Deadline`), besides work words.
pub(crate) const HEADER_ITEM: &[&str] = &[
    "item",
    "items",
    "name",
    "task",
    "tasks",
    "work",
    "trabalho",
    "trabalhos",
    "tarefa",
    "tarefas",
    "tarea",
    "tareas",
    "trabajo",
    "trabajos",
    "devoir",
    "devoirs",
    "aufgabe",
    "aufgaben",
    "compito",
    "compiti",
    // The graded item of an assessment table (`Calificación | Ponderación | Fecha de
    // entrega`), as Chilean and Mexican syllabi head it.
    "calificación",
    "calificaciones",
    "calificacion",
];
/// The words of [`HEADER_ITEM`] that say nothing of work: in a table of dated, timed meetings
/// (`Day | Date | Time | Item | Room`) such a column is the topic (`rows::roles::item_topic`).
pub(crate) const HEADER_ITEM_PLAIN: &[&str] = &["item", "items"];
/// Zones a syllabus names for its times, by the word it uses ("Times are Eastern",
/// "11:59 PM ET", "All times CET"); matched whole, abbreviations as written (upper case).
pub(crate) const ZONE_WORDS: &[(&str, &str)] = &[
    ("eastern", "America/New_York"),
    ("central", "America/Chicago"),
    ("mountain", "America/Denver"),
    ("pacific", "America/Los_Angeles"),
    ("ET", "America/New_York"),
    ("EST", "America/New_York"),
    ("EDT", "America/New_York"),
    ("CT", "America/Chicago"),
    ("CST", "America/Chicago"),
    ("CDT", "America/Chicago"),
    ("MT", "America/Denver"),
    ("MST", "America/Denver"),
    ("MDT", "America/Denver"),
    ("PT", "America/Los_Angeles"),
    ("PST", "America/Los_Angeles"),
    ("PDT", "America/Los_Angeles"),
    ("CET", "Europe/Berlin"),
    ("CEST", "Europe/Berlin"),
    ("TRT", "Europe/Istanbul"),
    ("BST", "Europe/London"),
];
/// A US zone named in words: "Eastern Time", "times are Pacific". See [`ZONE_WORDS`].
pub(crate) const ZONE_NAME_PATTERN: &str = r"(?i:\b(?P<name>eastern|central|mountain|pacific)\s+(?:(?:standard|daylight)\s+)?time\b|\btimes?\s+(?:are|is|in)\s+(?P<name2>eastern|central|mountain|pacific)\b)";
/// A zone abbreviation after a clock time or after "times are": "11:59 PM ET", "(CET)".
pub(crate) const ZONE_ABBR_PATTERN: &str = r"(?:[0-9]:[0-9]{2}|[0-9]\s*(?i:[ap]\.?m\.?)|(?i:\btimes?\s+(?:are|is|in))|(?i:\ball\s+times))\s*\(?(?P<abbr>ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|CET|CEST|TRT|BST)\b";
/// A zone given as an offset: "(GMT+3)", "UTC-5", "UTC+05:30".
pub(crate) const ZONE_OFFSET_PATTERN: &str =
    r"\b(?:GMT|UTC)\s*(?P<sign>[+\-−])\s*(?P<h>[0-9]{1,2})(?::?(?P<m>[0-9]{2}))?\b";

/// A column that says what kind of meeting the row is ("Tipo": Teoría, Práctica, Examen).
/// See [`HEADER_WEEK`].
pub(crate) const HEADER_KIND: &[&str] = &[
    "type",
    "kind",
    "format",
    "formato",
    "tipo",
    "modalidad",
    "typ",
    "art",
    "forme",
    "modalité",
    "tipologia",
];
/// See [`HEADER_WEEK`].
pub(crate) const HEADER_TIME: &[&str] = &[
    "time",
    "times",
    "hours",
    "saat",
    "时间",
    "orario",
    "horario",
    "horário",
    "hora",
    "heure",
    "horaire",
    "uhrzeit",
    "zeit",
    "tid",
    "tijd",
    "czas",
    "godzina",
    "godz",
    "ora",
    "klokkeslett",
    "klockslag",
    "tidspunkt",
];
/// Headers of a column holding only when each row's class starts, beside one holding when
/// it ends (`Date | Start | End`): together they are the row's time. See [`HEADER_WEEK`].
pub(crate) const HEADER_TIME_START: &[&str] = &[
    "start time",
    "starts at",
    "starttid",
    "starttidspunkt",
    "kezdés",
    "godzina rozpoczęcia",
    "hora de inicio",
    "hora inicio",
    "heure de début",
    "ora inizio",
    "begintijd",
];
/// See [`HEADER_TIME_START`]. Bare "Start"/"End", "Begins"/"Ends" head the dates of a week as
/// often as its hours, and are not read as times.
pub(crate) const HEADER_TIME_END: &[&str] = &[
    "end time",
    "ends at",
    "sluttid",
    "sluttidspunkt",
    "befejezés",
    "godzina zakończenia",
    "hora de fin",
    "hora fin",
    "heure de fin",
    "ora fine",
    "eindtijd",
];
/// Week-commencing headers name the date column. See [`HEADER_WEEK`].
pub(crate) const HEADER_WEEK_OF: &[&str] = &[
    "w/c",
    "wc",
    "week of",
    "week commencing",
    "week beginning",
    "w/b",
];
/// Headings of a course site's announcements, the whole heading (lower case, without
/// punctuation or symbols): its dated items are news, not schedule rows.
pub(crate) const ANNOUNCEMENT_HEADINGS: &[&str] = &[
    "announcements",
    "announcement",
    "course announcements",
    "recent announcements",
    "latest announcements",
    "news",
    "latest news",
    "course news",
    "news and announcements",
    "updates",
    "latest updates",
    "anuncios",
    "avisos",
    "noticias",
    "novedades",
    "annonces",
    "actualités",
    "nouvelles",
    "ankündigungen",
    "neuigkeiten",
    "aktuelles",
    "avvisi",
    "notizie",
    "novidades",
    "notícias",
    "duyurular",
    "公告",
    "通知",
    "お知らせ",
    "공지사항",
];
/// Words before a date in a date column's cell that make it the week's start ("Week of Sep 8",
/// "w/c 8 Sept", "Semana del 8 de septiembre", "Semaine du 8 septembre", "Woche vom 8.9.").
pub(crate) const CELL_WEEK_OF_PREFIXES: &[&str] = &[
    "week of",
    "week commencing",
    "week beginning",
    "w/c",
    "w/b",
    "semana del",
    "semana de",
    "semaine du",
    "woche vom",
    "settimana del",
];
/// A column header naming the month of the rows' days (`Mês | Dia | Data`: `Set | Ter | 09`),
/// written once at the first row of each month; see `Header::month_of_days`.
pub(crate) const HEADER_MONTH: &[&str] = &[
    "month", "mês", "mes", "mois", "monat", "mese", "maand", "miesiąc", "ay",
];
/// Any other header holding one of these is a week column.
pub(crate) const HEADER_WEEK_PARTS: &[&str] = &["week", "hafta"];
/// See [`HEADER_WEEK`].
pub(crate) const HEADER_ROOM: &[&str] = &[
    "room", "rooms", "location", "place", "venue", "where", "derslik", "yer", "salon", "raum",
    "räume", "hörsaal", "salle", "salles",
];
/// Any other header holding one of these is the work column.
pub(crate) const HEADER_ACTIVITY_PARTS: &[&str] = &[
    "due", "assign", "exam", "homework", "deliver", "lab", "ödev", "sınav", "quiz", "test", "task",
    "etkinlik", "deadline", "activit", "assess", "work",
];
/// A header holding one of these and a work word ("homework_date", "Assignment due date") is
/// the column of the work's deadline, beside a column that says what the work is.
pub(crate) const HEADER_DATE_PARTS: &[&str] = &["date", "datum", "tarih"];
/// The name of work told in words with its own due-date column, numbered: "Homework 3".
pub(crate) const TASK_LABEL: &str = "Homework";
/// Any other header holding one of these is a reading column.
pub(crate) const HEADER_READING_PARTS: &[&str] = &["reading", "chapter", "material"];
/// Words that make a longer header cell the topic column ("The topic of the session"),
/// tried after every other role.
pub(crate) const HEADER_TOPIC_PARTS: &[&str] = &["topic", "konu"];

/// The words that name work or an exam in a cell ("Hw2", "Ödev 1", "Ara sınav", "Term test").
/// `pre` is a number written before ("1. Ödev"), maybe of a part of the work ("1. fázy
/// projektu", the project's first phase), `num` one written after, `part` one joined to the
/// subject with a part letter ("HW01a").
pub(crate) const SUBJECT_PATTERN: &str = r"(?i)(?:\b(?P<pre>[0-9]{1,2})(?:\.|st|nd|rd|th|ª|º|°)\s*(?:(?:f[áa]z[ay]|f[áa]ze|etap[ay]|teil|phase|part)\s+)?)?\b(?P<subj>home\s*works?|homeworks?|hw|assignments?|assgn?|asgn|ps|p-?sets?|problem\s+sets?|problem\s+sheets?|worksheets?|coursework|assessments?|mp|labs?|projects?|proje|projesi|ödev|odev|ödevi|quiz(?:zes)?|kısa\s+sınav|mid-?terms?|mid-?\s?sems?(?:ester\s+exam)?|end-?\s?sems?(?:ester\s+exam)?|final(?:\s+exam)?|final\s+sınavı|examinations?|exames?|exams?|sınav|sınavı|ara\s+sınav|ara\s+sınavı|vize|vize\s+sınavı|prelims?|term\s+tests?|class\s+tests?|testes?|tests?|proposals?|presentations?|sunum|reports?|rapports?|informes?|livrables?|deliverables?|(?:progress\s+|status\s+)updates?|rapor|raporu|papers?|essays?|(?:reading\s+)?responses?|drafts?|milestones?|proyectos?|projets?|projetos?|progett[oi]|projekte?|tareas?|deberes|trabajos?\s+prácticos?|tp|trabajos?\s+practicos?|examen(?:es)?|exámenes|certamen(?:es)?|certámenes|avalia[çc][ãa]o|parcial(?:es)?|tarefas?|trabalhos?|atividades?|provas?|devoirs?|partiels?|contr[ôo]les?\s+p[ée]riodiques?|contr[ôo]les?|examens?|hausaufgaben?|übungsblatt|übungsblätter|übungszettel|aufgabenblatt|blatt|blätter|zettel|probeklausur|(?:abschluss|nach|end|zwischen)klausur(?:en)?|klausur(?:en)?|(?:diplom|abschluss|modul|zwischen)prüfung(?:en)?|prüfung(?:en)?|compit[oi]|esercitazion[ei]|esam[ei]|prova\s+intermedia|compitino|huiswerk|opdracht(?:en)?|verslag(?:en)?|inlämningsuppgift(?:er)?|uppgift(?:er)?|oppgaver?|opgaver?|zadani[ea]|zadań|projektu|sprawozdani[ea]|trabajos?|作业|作業|課題|レポート|과제|리포트|보고서|实验|實驗|중간\s*고사|기말\s*고사|期中考[试試]|期末考[试試]|中間試験|期末試験|tentamen|hertentamen|deeltoets|listas?\s+de\s+exerc[íi]cios|lista\s+n\.?[º°])(?:(?P<part>[0-9]{1,2}[a-z])\b|\s*(?:#|n\.?\s?[º°]\.?)?\s*(?P<num>[0-9]{1,2})\b|\b)";

/// The kind of work a subject word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    Homework,
    Assignment,
    ProblemSet,
    Lab,
    Quiz,
    Midterm,
    Final,
    Exam,
    /// "Term test 1", "Class test": an exam.
    Test,
    /// "Test" alone: an exam only with a number ("Test 2"); otherwise a word ("test-driven").
    BareTest,
    Other,
}

/// Subject words (spaces folded to one) and their family; the rest of [`SUBJECT_PATTERN`] is
/// [`Family::Other`] (projects, papers, presentations...).
pub(crate) const SUBJECT_FAMILIES: &[(&[&str], Family)] = &[
    (
        &[
            "hw",
            "homework",
            "homeworks",
            "home work",
            "home works",
            "ödev",
            "odev",
            "ödevi",
            "tarea",
            "tareas",
            "deberes",
            "tarefa",
            "tarefas",
            "devoir",
            "devoirs",
            "hausaufgabe",
            "hausaufgaben",
            "blatt",
            "blätter",
            "zettel",
            "probeklausur",
            "compito",
            "compiti",
            "huiswerk",
            "作业",
            "作業",
        ],
        Family::Homework,
    ),
    (
        &[
            "assignment",
            "assignments",
            "課題",
            "과제",
            "assg",
            "assgn",
            "asgn",
            "coursework",
            "mp",
            "trabajo práctico",
            "trabajos prácticos",
            "trabajo practico",
            "trabajos practicos",
            "trabalho",
            "trabalhos",
            "atividade",
            "atividades",
            "esercitazione",
            "esercitazioni",
            "opdracht",
            "opdrachten",
            "trabajo",
            "trabajos",
            "uppgift",
            "uppgifter",
            "inlämningsuppgift",
            "inlämningsuppgifter",
            "oppgave",
            "oppgaver",
            "opgave",
            "opgaver",
            "zadanie",
            "zadania",
            "zadań",
        ],
        Family::Assignment,
    ),
    (
        &[
            "ps",
            "pset",
            "psets",
            "p-set",
            "p-sets",
            "problem set",
            "problem sets",
            "problem sheet",
            "problem sheets",
            "worksheet",
            "worksheets",
            // "Lista n.º 1": a list of exercises; a bare "Listas" is a topic (linked lists).
            "lista n.º",
            "lista nº",
            "lista n°",
            "lista n.°",
            "lista de exercícios",
            "listas de exercícios",
            "lista de exercicios",
            "listas de exercicios",
            "übungsblatt",
            "übungsblätter",
            "übungszettel",
            "aufgabenblatt",
        ],
        Family::ProblemSet,
    ),
    (&["lab", "labs", "实验", "實驗"], Family::Lab),
    (&["quiz", "quizzes", "kısa sınav"], Family::Quiz),
    (
        &[
            "midterm",
            "midterms",
            "mid-term",
            "mid-terms",
            "vize",
            "vize sınavı",
            "ara sınav",
            "ara sınavı",
            "parcial",
            "parciales",
            "partiel",
            "partiels",
            "zwischenprüfung",
            "zwischenprüfungen",
            "zwischenklausur",
            "zwischenklausuren",
            // Polytechnique Montréal's midterm.
            "contrôle périodique",
            "contrôles périodiques",
            "controle periodique",
            "contrôle periodique",
            "prova intermedia",
            "compitino",
            "deeltoets",
            "midsem",
            "midsems",
            "mid-sem",
            "mid sem",
            "midsem exam",
            "mid-sem exam",
            "midsemester exam",
            "mid-semester exam",
            "중간고사",
            "중간 고사",
            "期中考试",
            "期中考試",
            "中間試験",
        ],
        Family::Midterm,
    ),
    (
        &[
            "final",
            "final exam",
            "final sınavı",
            "endsem",
            "endsems",
            "end-sem",
            "end sem",
            "endsem exam",
            "end-sem exam",
            "endsemester exam",
            "end-semester exam",
            "기말고사",
            "기말 고사",
            "期末考试",
            "期末考試",
            "期末試験",
        ],
        Family::Final,
    ),
    (
        &[
            "exam",
            "exams",
            "examination",
            "examinations",
            "sınav",
            "sınavı",
            "prelim",
            "prelims",
            "examen",
            "examenes",
            "exámenes",
            "examens",
            // A French class test ("Contrôle 2", "Contrôle de mi-session").
            "contrôle",
            "contrôles",
            "controle",
            "controles",
            "prova",
            "provas",
            "exame",
            "exames",
            "klausur",
            "klausuren",
            "prüfung",
            "prüfungen",
            // German compounds naming the exam ("Diplomprüfung", "Abschlussklausur").
            "diplomprüfung",
            "diplomprüfungen",
            "abschlussprüfung",
            "abschlussprüfungen",
            "modulprüfung",
            "modulprüfungen",
            "abschlussklausur",
            "abschlussklausuren",
            "nachklausur",
            "nachklausuren",
            "endklausur",
            "endklausuren",
            "esame",
            "esami",
            "tentamen",
            "hertentamen",
            // Norwegian and Danish ("Muntlig eksamen"), Finnish ("tentti").
            "eksamen",
            "eksamenen",
            "eksamener",
            "tentti",
            "tentit",
            "certamen",
            "certamenes",
            "certámenes",
            "avaliação",
            "avaliacao",
        ],
        Family::Exam,
    ),
    (
        &["term test", "term tests", "class test", "class tests"],
        Family::Test,
    ),
    (&["test", "tests", "teste", "testes"], Family::BareTest),
];

/// Labels that open a session's line of work handed out ("Homework: Lab 1", "Tarea: Informe
/// 2"): the name after the colon is given out that day (see `activity::homework_label`).
pub(crate) const HOMEWORK_LABELS: &[&str] = &[
    "homework",
    "assignment",
    "assignments",
    "hausaufgabe",
    "hausaufgaben",
    "tarea",
    "tareas",
    "devoir",
    "devoirs",
    "compito",
    "compiti",
    "tarefa",
    "tarefas",
    "ödev",
    "huiswerk",
];

/// Words that name a kind of work in a section's heading ("## Assignments", "Tarefas",
/// "Übungsblätter"), lowercase; "problem sets" and "exercise sheets" are read as one word
/// (see `rows::work_heading`). Not "labs" or "exercises": those headings often list sessions.
pub(crate) const WORK_HEADING_WORDS: &[&str] = &[
    "assignment",
    "assignments",
    "homework",
    "homeworks",
    "hw",
    "hws",
    "pset",
    "psets",
    "project",
    "projects",
    "coursework",
    "deliverable",
    "deliverables",
    "übungsblatt",
    "übungsblätter",
    "hausaufgabe",
    "hausaufgaben",
    "abgaben",
    "tarea",
    "tareas",
    "trabajo",
    "trabajos",
    "entregas",
    "tarefa",
    "tarefas",
    "trabalho",
    "trabalhos",
    "devoir",
    "devoirs",
    "projet",
    "projets",
    "compito",
    "compiti",
    "progetto",
    "progetti",
    "opdracht",
    "opdrachten",
    "huiswerk",
    "oblig",
    "obliger",
    "innleveringer",
    "inlämningsuppgifter",
    "uppgifter",
    "harjoitustyöt",
    "ödev",
    "ödevler",
    "proje",
    "projeler",
];

/// Words a heading naming work may hold beside its work words ("Preliminary assignment
/// schedule", "Programming projects and homework", "Calendario de tareas"), lowercase.
pub(crate) const WORK_HEADING_QUALIFIERS: &[&str] = &[
    "schedule",
    "calendar",
    "timeline",
    "dates",
    "plan",
    "overview",
    "list",
    "preliminary",
    "tentative",
    "weekly",
    "course",
    "programming",
    "written",
    "lab",
    "final",
    "group",
    "team",
    "individual",
    "and",
    "cronograma",
    "calendario",
    "calendrier",
    "zeitplan",
    "termine",
    "planning",
    "rooster",
    "de",
    "des",
    "du",
    "der",
    "die",
    "und",
    "y",
    "e",
    "et",
    "en",
    "og",
    "och",
    "ve",
];

/// Words a homework-like label starts with, so a label such as "Project report" is homework.
pub(crate) const HOMEWORK_LABEL_STARTS: &[&str] = &[
    "proj",
    "hw",
    "assign",
    "assess",
    "ödev",
    "lab",
    "tarea",
    "trabajo",
    "tarefa",
    "trabalho",
    "devoir",
    "hausaufgabe",
    "übungsblatt",
    "compit",
];

/// Verbs that take "out" as a particle ("Fill out the survey", "Find out more", "Check out
/// the lab"): that "out" hands nothing out.
pub(crate) const PHRASAL_OUT_VERBS: &[&str] = &[
    "fill", "fills", "filled", "filling", "figure", "figured", "find", "found", "check", "checked",
    "work", "worked", "sort", "try", "print", "printed", "reach", "carry", "point", "rule", "drop",
    "log", "opt", "sign", "lay", "map", "write", "read", "spell", "cross", "help", "pull", "start",
    "watch", "weed", "hang", "miss", "test",
];

/// Words that make an activity a release ("Hw1 given", "Ödev 1 verilir").
pub(crate) const RELEASE_VERB_PATTERN: &str = r"given|out|released?|assign(?:ed)?|posted|published|enunciado|handed\s+out|available|announced|verildi|verilir|verilecek|verilişi|verilmesi|yayınlandı|yayınlanır|yayınlanacak|yayını|açıklanır|duyurusu|publicad[oa]|publicación|ausgabe|veröffentlicht|publié|publiée|pubblicat[oa]|assegnat[oa]|布置|发布|發布|配布|출제|배포";

/// Verbs that hand work out only when they stand alone after it ("Assessment 1 Set",
/// "Coursework 2 set"): elsewhere the word is a set of things ("Problem Set 3", "set theory").
pub(crate) const RELEASE_ALONE_VERBS: &[&str] = &["set", "intro", "introduced"];

/// Words that make an activity a deadline ("Hw1 due", "Proje teslimi").
pub(crate) const DEADLINE_VERB_PATTERN: &str = r"due|deadline|submission|submit|submitted|teslim|teslimi|turn\s+in|entrega|entregas|entregar|entregan|envío|envio|fecha\s+límite|prazo|abgabe|à\s+rendre|a\s+rendre|remise|rendu|consegna|scadenza|inleveren|inlevering|hand\s+in|hand-in|inlämning|innlevering|aflevering|frist|oddanie|odovzdanie|odevzdání|提交|截止|締切|締め切り|提出|마감|제출";

/// A piece of every word of [`DEADLINE_VERB_PATTERN`], in lower case: a cell with none of them
/// states no deadline by its verb, so the patterns that read one need not be compiled for it.
pub(crate) const DEADLINE_VERB_STEMS: &[&str] = &[
    "envío",
    "envio",
    "due",
    "deadline",
    "submi",
    "teslim",
    "turn",
    "entreg",
    "fecha",
    "prazo",
    "abgabe",
    "rendre",
    "remise",
    "rendu",
    "consegna",
    "scadenza",
    "inlever",
    "hand",
    "inlämning",
    "innlevering",
    "frist",
    "aflevering",
    "oddanie",
    "odovzd",
    "odevzd",
    "提交",
    "截止",
    "締切",
    "締め切り",
    "提出",
    "마감",
    "제출",
];

/// Words that say when an activity takes place, between its name and its date in prose:
/// "the midterm exam will be held on March 11", "l'examen aura lieu le 3 mai". They end the
/// activity's name as a deadline verb does.
pub(crate) const HAPPENS_VERB_PATTERN: &str = r"will\s+be\s+held|will\s+take\s+place|takes\s+place|is\s+held|held|is\s+scheduled|scheduled|will\s+be|is\s+on|aura\s+lieu|se\s+tiendra|a\s+lieu|tendrá\s+lugar|será|findet|wird|si\s+terrà|será\s+realizada|acontecerá";

/// Words of work and its hand-in in scripts written without spaces ("提交作业2": hand in
/// homework 2): set apart by spaces before a cell is read, so they are words as elsewhere.
pub(crate) const UNSPACED_WORK_WORDS: &[&str] = &[
    "提交",
    "截止",
    "作业",
    "作業",
    "布置",
    "发布",
    "發布",
    "配布",
    "实验",
    "實驗",
    "課題",
    "レポート",
    "締切",
    "締め切り",
    "提出",
    "과제",
    "마감",
    "제출",
];

/// Words that put a deadline's day after them ("bis Fr.", "by Wed", "hasta el viernes"): a
/// weekday's short form is read as the day only right after one of these.
pub(crate) const BY_DAY_WORDS: &[&str] = &[
    "by", "until", "till", "before", "bis", "vor", "avant", "hasta", "antes", "até", "ate",
    "entro", "tot", "voor", "före", "innan", "innen", "inden", "do", "przed",
];

/// Deadline words that name a date limit of anything, the registrar's too ("Withdrawal
/// deadline"): after a name no work word gives they do not make it work.
pub(crate) const LIMIT_ONLY_VERBS: &[&str] =
    &["deadline", "fecha límite", "scadenza", "prazo", "frist"];

/// Names of things due that are not a student's work ("Grades due", "Fees due").
pub(crate) const NOT_WORK_DUE_PATTERN: &str =
    r"\b(?:grades?|marks|drop|fees?|payments?|petitions?|tuition)\b";

/// Words that make a weekday a standing one ("due every Friday", "los viernes", "jeden
/// Freitag"): work of a week row falls due on it.
pub(crate) const EVERY_WORDS: &[&str] = &[
    "every", "each", "on", "cada", "los", "todos", "chaque", "les", "jeden", "jeweils", "ogni",
    "il", "todas", "às", "as", "elke", "varje", "hver", "co", "w", "her",
];

/// Words before a deadline verb that make its sentence a rule for all the course's work
/// ("All assignments are due at 5pm", "Homework is due at noon", "Las tareas se entregan a
/// las 23:59"): the hour it gives is every deadline's that writes none. A sentence about one
/// piece of work ("The final paper is due at noon") names none of them.
pub(crate) const STANDING_WORK_WORDS: &[&str] = &[
    "all",
    "assignments",
    "homework",
    "homeworks",
    "deliverables",
    "submissions",
    "labs",
    "worksheets",
    "tareas",
    "trabajos",
    "entregas",
    "devoirs",
    "travaux",
    "abgaben",
    "hausaufgaben",
    "übungsblätter",
    "tarefas",
    "trabalhos",
    "compiti",
    "consegne",
];

/// Words that make a sentence about work due a policy on late work ("Late assignments are due
/// at noon the next day"), never the course's due hour.
pub(crate) const LATE_WORK_WORDS: &[&str] = &[
    "late",
    "extension",
    "extensions",
    "penalty",
    "retard",
    "tarde",
    "atraso",
    "verspätet",
];

/// Words that make a weekday the first one after the day work is listed ("all problem sets
/// are due the following Tuesday", "le mardi suivant"): a standing rule for listed work.
pub(crate) const FOLLOWING_WORDS: &[&str] = &["following", "suivant", "siguiente", "seguinte"];

/// Work due the evening before the class ("due 11:59 pm the night before class").
pub(crate) const CLASS_EVE_PATTERN: &str = r"(?:night|evening|day)\s+before\s+(?:the\s+)?(?:class|lecture|seminar)|the\s+(?:night|evening)\s+before\b|la\s+veille\s+du\s+cours|la\s+noche\s+anterior\s+a\s+la\s+clase|am\s+vorabend\s+der\s+(?:vorlesung|sitzung)";

/// Work due at the class after the row's ("due next class", "à rendre au prochain cours").
pub(crate) const CLASS_NEXT_PATTERN: &str = r"next\s+(?:class|lecture|meeting|session|seminar)|following\s+(?:class|lecture)|prochain\s+cours|pr[óo]xima\s+(?:clase|aula|sesi[óo]n)|n[äa]chsten?\s+(?:vorlesung|sitzung|termin)|lezione\s+successiva|prossima\s+lezione|volgende\s+college";

/// Work due at the row's class, or the first one after a week row's date ("due before
/// class", "due in class", "avant le cours").
pub(crate) const CLASS_COMING_PATTERN: &str = r"(?:before|at\s+the\s+(?:start|beginning)\s+of|at|in|by)\s+(?:the\s+)?(?:class|lecture|seminar)\b|avant\s+le\s+cours|en\s+cours|antes\s+de\s+(?:la\s+)?clase|en\s+clase|vor\s+der\s+(?:vorlesung|sitzung)|in\s+der\s+(?:vorlesung|sitzung)|em\s+aula|in\s+aula";

/// Words that say an activity is meant, even when its subject is unreadable ("nws due Dec 20",
/// "Remise : Planification du sprint (ven. 19 sept.)").
pub(crate) const ACTIVITY_VERB_PATTERN: &str = r"due|given|out|released?|assigned|deadline|teslim|teslimi|entrega|abgabe|consegna|remise|à\s+rendre|a\s+rendre";

/// Words that turn an exam word into something else: "Midterm review", "Final grades".
/// Words before an exam's name that make the meeting its correction, not the exam
/// ("Correção Prova1", "Correction of Exam 1"); "Review" there may still name a quiz.
pub(crate) const EXAM_CORRECTION_PATTERN: &str =
    r"correção|correcao|corrección|correccion|correction|correzione|besprechung|nachbesprechung";
/// Words right before an exam's name that make it a rehearsal, not the exam ("Practice
/// mock-up exam", "sample midterm", "simulado").
pub(crate) const EXAM_PRACTICE_PATTERN: &str = r"practice|mock|sample|simulado|simulacro|probe";
pub(crate) const NOT_AN_EXAM_PATTERN: &str = r"review|preparation|prep|sample|practice|mock|probe|solutions?|discussion|results|grades|week|period|repaso|revisión|revision|révision|ripasso|revisão|wiederholung|vorbereitung|preparación|préparation|soluciones|solución|lösungen|corrección|correction|correção|correcao|correzione";

/// Articles between a leading verb and its subject, not part of the label ("Entrega del
/// proyecto 1" is "Proyecto 1").
pub(crate) const LEAD_ARTICLES: &[&str] = &[
    "the", "del", "de", "la", "el", "los", "las", "do", "da", "dos", "du", "des", "le", "les",
    "der", "die", "das", "dello", "della", "dei",
];

/// Words between a label and its date that are not part of the label ("Exam on Feb 27").
pub(crate) const LABEL_CONNECTORS: &[&str] = &[
    "on", "at", "in", "by", "the", "is", "will", "be", "son", "-", "goes", "go",
];

/// A whole topic cell that is an exam though its words alone are not: "Test", "Test 2",
/// "PE 1" (practical exam), "Practical exam", "FIRST EXAM", "Second midterm".
pub(crate) const EXAM_ALONE_PATTERN: &str = r"teste?(?:\s*#?[0-9]{1,2})?|pe\s*#?[0-9]{1,2}|practical\s+exam(?:\s*#?[0-9]{1,2})?|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:exam|test|midterm|quiz|prelim)|(?:primer|segundo|tercer|1er|2do|3er|premier|second|deuxième|erste|zweite|dritte|primo|secondo|terzo|primeira|segunda|terceira)\s+(?:parcial|examen|partiel|klausur|esame|prova|recuperatorio)(?:\s+parcial)?|prova\s+substitutiva";

/// First words of a cell that is an exam rather than a lecture topic ("Midterm", "Ara sınav").
pub(crate) const EXAM_FIRST_WORDS: &[&str] = &[
    "midterm",
    "mid-term",
    "final",
    "finals",
    "exam",
    "exams",
    "quiz",
    "vize",
    "ara",
    "sınav",
    "final-exam",
    "examen",
    "parcial",
    "partiel",
    "klausur",
    "prüfung",
    "diplomprüfung",
    "abschlussprüfung",
    "modulprüfung",
    "zwischenprüfung",
    "abschlussklausur",
    "zwischenklausur",
    "nachklausur",
    "endklausur",
    "esame",
    "prova",
    "exame",
    "tentamen",
    "hertentamen",
    "eksamen",
    "tentti",
    "recuperatorio",
    "deeltoets",
    "prelim",
    "prelims",
    "midsem",
    "mid-sem",
    "endsem",
    "end-sem",
    "certamen",
    "avaliação",
    "avaliacao",
    "중간고사",
    "기말고사",
    "중간 고사",
    "기말 고사",
    "期中考试",
    "期末考试",
    "期中考試",
    "期末考試",
    "中間試験",
    "期末試験",
];

/// First words of [`EXAM_FIRST_WORDS`] that are an exam only with the word after them
/// ("Final exam", "Ara sınav"; not "Final remarks", "Ara tatil").
pub(crate) const EXAM_NEEDS_NEXT: &[&str] = &["final", "finals", "ara", "중간", "기말"];

/// The setting written before an exam's name ("In-class midterm", "Written exam", "Examen
/// en classe" written first as "En classe : examen", Nordic "Muntlig eksamen").
pub(crate) const EXAM_SETTING_PATTERN: &str = r"in[\s-]?class|in[\s-]person|written|oral|en\s+classe|en\s+clase|em\s+aula|in\s+aula|presencial|schriftliche?|mündliche?|muntlig|mundtlig|skriftlig|대면|현장";
/// Words in the name of released work that make it the work's solutions, not the work
/// ("Homework 2 solutions released", "Lösungen Blatt 3 veröffentlicht", "corrigé du TP 2").
pub(crate) const SOLUTIONS_PATTERN: &str = r"solutions?|answer\s+keys?|soluciones|soluci[óo]n|solu[çc][õo]es|solu[çc][ãa]o|soluzion[ei]|l[öo]sungen|l[öo]sung|musterl[öo]sung(?:en)?|corrig[ée]s?|uitwerkingen|解答|答案";

/// Words after an exam's name that make it a rehearsal ("Examen de pratique", "examen
/// blanc", "prova de prática"), where "examen pratique" is a practical exam, a real one.
pub(crate) const EXAM_REHEARSAL_PATTERN: &str = r"de\s+pratique|d'entra[îi]nement|blanc|de\s+pr[áa]tica|de\s+pr[áa]ctica|de\s+ensayo|zur\s+übung";
/// The first two letters, lower-cased, of every setting in [`EXAM_SETTING_PATTERN`]: a cell
/// starting otherwise never runs it.
pub(crate) const EXAM_SETTING_STARTS: &[&str] = &[
    "in", "wr", "or", "en", "em", "pr", "sc", "mü", "mu", "sk", "대면", "현장",
];

/// Words after an exam's name that only qualify it ("Esame parziale", "Examen escrito",
/// "Prova finale"): the exam stays the exam, a midterm or final word making it that one.
pub(crate) const EXAM_QUALIFIERS: &[(&str, Option<Family>)] = &[
    ("parziale", Some(Family::Midterm)),
    ("intermedia", Some(Family::Midterm)),
    ("intermedio", Some(Family::Midterm)),
    ("intermédiaire", Some(Family::Midterm)),
    ("intermediária", Some(Family::Midterm)),
    ("intermediário", Some(Family::Midterm)),
    ("finale", Some(Family::Final)),
    ("final", Some(Family::Final)),
    ("scritto", None),
    ("scritta", None),
    ("orale", None),
    ("escrito", None),
    ("escrita", None),
    ("oral", None),
    ("écrit", None),
    ("écrite", None),
    ("written", None),
    ("schriftlich", None),
    ("mündlich", None),
    ("presencial", None),
    ("teórica", None),
    ("teórico", None),
    ("teorica", None),
    ("teorico", None),
    ("especial", None),
    ("regular", None),
    ("ordinario", None),
    ("ordinaria", None),
    ("extraordinario", None),
    ("extraordinaria", None),
];

/// A date to be announced ("TBA", "ilan edilecek").
pub(crate) const TO_BE_ANNOUNCED_PATTERN: &str =
    r"tba|tbd|to\s+be\s+(announced|determined|confirmed)|date\s+later|ilan\s+edilecek";

/// Words for a room or a resource, so "location TBA" and "(Website TBA)" are not a date to be
/// announced.
pub(crate) const PLACE_PATTERN: &str =
    r"location|room|place|venue|yer|salon|derslik|website|web\s+page|link|url|slides|github|form";

/// Words that make a line of the title a stamp, whose year is not the course's: a copyright,
/// an edition, a revision ("Calculus, 3rd edition, 2019", "rev. 2021", "printed 2024").
pub(crate) const TITLE_STAMP_PATTERN: &str =
    r"copyright|edition|ed\.|rev\.|revised|updated|printed|version|auflage|édition|edición";

/// Words before the document's own date, not a schedule date: "Last updated 2025-03-12".
pub(crate) const DOCUMENT_DATE_PATTERN: &str = r"last\s+updated|updated\s+on|last\s+modified|last\s+revised|last\s+changed|revised\s+on|printed\s+on|stand:|zuletzt\s+aktualisiert|son\s+güncelleme";

/// Labels a page generator writes before the page's own date under its title (Quarto's
/// "Published" and "Modified", in the languages it is localised to); only a line holding the
/// label, a date with its year and nothing else is the page's date.
pub(crate) const PAGE_DATE_LABELS: &[&str] = &[
    "published",
    "modified",
    "date modified",
    "last update",
    "publication date",
    "date de publication",
    "publié",
    "publie",
    "modifié",
    "modifie",
    "publicado",
    "modificado",
    "fecha de publicación",
    "fecha de publicacion",
    "data de publicação",
    "data de publicacao",
    "veröffentlicht",
    "veroffentlicht",
    "veröffentlichungsdatum",
    "geändert",
    "geandert",
    "data di pubblicazione",
    "pubblicato",
    "modificato",
];

/// Wording of a university's academic calendar (the registrar's dates, not the course's):
/// tuition, registration, add/drop, the n-th class day, degrees, commencement. A run of dated
/// lines that mostly say these is that calendar, never the course schedule.
pub(crate) const REGISTRAR_PATTERN: &str = r"tuition|registration|registered|\bregister\b|readmitted|advising|last\s+day\s+(?:to|for|an?|of)\b|last\s+class\s+day|\bclass\s+day\b|add\s*/\s*drop|drop\s+a\s+(?:class|course)|q-?drop|withdraw|commencement|graduation|graduating|orientation|residence\s+halls?|in\s+absentia|dissertation|classes\s+(?:begin|start|end)|(?:first|last)\s+day\s+of\s+(?:classes|instruction)|final\s+examinations|study\s+days?|installment|enrol+ment|r[üu]ckmeldung|immatrikulation|exmatrikulation|semesterbeitrag|kayıt\s+yenileme|ders\s+ekle";

/// Labels of an important-dates line that opens the course's meetings ("First class: Friday,
/// Jan. 13"); the label comes first on its line.
pub(crate) const FIRST_CLASS_PATTERN: &str = r"(?:the\s+)?first\s+(?:class|lecture|meeting|session|day\s+of\s+class(?:es)?)|week\s+1\s+(?:begins|starts)|classes\s+(?:begin|start)|lectures?\s+(?:begin|start)|erste\s+vorlesung|vorlesungsbeginn|ilk\s+ders";
/// Labels of the line that closes them ("Last class: Friday, Apr. 21").
pub(crate) const LAST_CLASS_PATTERN: &str = r"last\s+(?:class|lecture|meeting|session|day\s+of\s+class(?:es)?)|classes\s+end|lectures?\s+end|letzte\s+vorlesung|vorlesungsende|son\s+ders";
/// Labels of a list of days without class ("No class: Friday, March 17 (spring break)").
pub(crate) const NO_CLASS_LABEL_PATTERN: &str = r"no\s+class(?:es)?|no\s+lectures?|no\s+meetings?|class(?:es)?\s+cancel+ed|keine\s+vorlesung|ders\s+yok";

/// Extensions of a file name in a page header ("schedule.md  2025-03-12").
pub(crate) const FILE_NAME_PATTERN: &str = r"md|pdf|docx?|html?|txt|tex|rtf|odt";

/// Words that say there is no class: holidays (also by their names: "Good Friday",
/// "Pfingstmontag", "Chuseok"), breaks, study periods, cancellations, the term's closing days.
pub(crate) const NO_CLASS_PATTERN: &str = r"holidays?|no\s+(talks?|meetings?|seminar|sessions?)|non-?teaching\s+(week|period|day)|no\s+class(es)?|no\s+lectures?|class(es)?\s+cancel+ed|lecture\s+cancel+ed|(winter|spring|fall|autumn|mid-?term|semester|thanksgiving|reading|easter|christmas)\s+break|study\s+(period|week)|good\s+friday|easter\s+monday|ostermontag|karfreitag|pfingstmontag|christi\s+himmelfahrt|fronleichnam|erster\s+mai|tag\s+der\s+arbeit|tag\s+der\s+deutschen\s+einheit|reformationstag|chuseok|hangul\s+(proclamation\s+)?day|vacations?|reading\s+(?:days?|weeks?)|lunar\s+new\s+year|chinese\s+new\s+year|ching\s+ming|qingming|recess|bayram\w*|tatil\w*|ders\s+yok|ders\s+yapılmayacak|feriados?|d[íi]a\s+festivo|festivo|sin\s+clases?|no\s+laborable|no\s+hay\s+clases?|no\s+se\s+dictar[áa]n?\s+clases?|receso|vacaciones|asueto|férias|sem\s+aula|n[ãa]o\s+haver[áa]\s+aulas?|n[ãa]o\s+h[áa]\s+aulas?|carnaval|jour\s+férié|férié|vacances|pas\s+de\s+cours|vorlesungsfrei|ferien|keine\s+vorlesung|ingen\s+forelesning(?:er)?|ingen\s+undervisning|ingen\s+föreläsning(?:ar)?|ingen\s+forelæsning(?:er)?|geen\s+(?:hoor)?college|brak\s+zajęć|brak\s+wykładu|(?:final\s+)?exams?\s+week|finals\s+week|recesso|encerramento\s+do\s+semestre|vacanze|nessuna\s+lezione|no\s+lezion[ei]|lezion[ei]\s+annullat[ae]|放假|停课|停課|休講|休讲|祝日|휴강|공휴일|추석|五一劳动节|劳动节|清明节|端午节|国庆节|中秋节|春节|元旦";

/// A row that is the institution's exam period, not a meeting, when it starts the row's
/// topic ("EXAM PERIOD", "Provas finais" filling every day of two weeks); "the final exam
/// period" inside a note is no such row.
pub(crate) const EXAM_PERIOD_PATTERN: &str = r"(?:final\s+)?exam(?:ination)?s?\s+period|finals\s+period|per[íi]odo\s+de\s+(?:provas|ex[áa]menes)|semana\s+de\s+(?:provas|ex[áa]menes)|provas\s+(?:finais|substitutivas)";

/// A row that is study on one's own, not a meeting ("Self-study: chapter 4", "Independent
/// study", "Estudio autónomo"): no lecture, when it starts the row's topic.
pub(crate) const SELF_STUDY_PATTERN: &str = r"self[-\s]?study|self[-\s]?directed\s+(?:study|learning)|independent\s+study|private\s+study|estudio\s+aut[óo]nomo|trabajo\s+aut[óo]nomo|estudo\s+aut[ôóo]nomo|selbststudium|selbstlern\w*|travail\s+personnel|auto-?formation|studio\s+individuale|autoapprendimento|bireysel\s+çalışma";

/// What a table cell struck through whole (`~~Reactions~~`) says: the meeting is off. Read
/// by [`NO_CLASS_PATTERN`].
pub(crate) const STRUCK_CELL: &str = "class cancelled";

/// What a month grid's kind cell says of a box on a day the course does not meet. Read by
/// [`NO_CLASS_PATTERN`].
pub(crate) const NO_MEETING_CELL: &str = "no class";

/// Meetings that are not lectures, at the start of a row: "Lab:", "Recitation 3", "Übung",
/// "X-hour" (a college's weekly extra hour, held in place of a lecture only when said).
pub(crate) const SESSION_PATTERN: &str = r"labs?|lab\s+sessions?|x-hours?|computer\s+labs?|tutorials?|recitations?|discussions?|discussion\s+sections?|sections?|übung(?:en)?|exercise\s+classes|exercise\s+sessions?|prácticas?|practicas?|pr[áa]ticas?|laboratorio|taller|práctica\s+de\s+laboratorio|tutorat|tutorates?|travaux\s+pratiques|travaux\s+dirigés|td|esercitazion[ei]|aula\s+prática|werkcollege|practicum|øvinger|øving|øvelser?|övning(?:ar)?|laboration(?:er)?|ćwiczenia|zajęcia\s+laboratoryjne|gyakorlat|laboratorium";

/// Words that open a slot sentence's next clause, whose subject may be another session
/// ("Lectures on Tuesdays 4-5pm and workshops on Thursdays"; a comma or semicolon also does).
pub(crate) const SESSION_CLAUSE_JOIN_PATTERN: &str = r"and|while|whereas|und|et|y|e";

/// Session words read only as a line's label, before its colon ("Práctico: Martes 16.20"):
/// anywhere else they name work ("trabajo práctico", a homework), not a session.
pub(crate) const SESSION_LABEL_MORE_PATTERN: &str = r"prácticos?|practicos?|ayudant[íi]as?";

/// A column header naming practice sessions beside the lecture column ("Lecture (16:15-18:00) |
/// Practice (10:15-12:00)", "Lecture | Workshop"): with [`SESSION_PATTERN`], the kinds of a
/// column that is not the lectures'. Only read as a whole header cell, never in a row.
pub(crate) const PRACTICE_COLUMN_PATTERN: &str = r"workshops?|practices?|practicals?|practice\s+sessions?|exercises?|harjoitukset|harjoitus|cvičení|практик[аи]|практические\s+занятия|praktikum|praktika|übungen?";

/// Words joining the counts of a row's tally of hours ("2 lectures and 2 practicals", "2
/// лекции и 2 практики").
pub(crate) const TALLY_JOIN_PATTERN: &str = r",|;|\+|&|and|und|et|y|e|и|i";

/// The session word that is also a part of a book ("Section 2 Sorting"): a numbered one is a
/// session only alone or with a colon.
pub(crate) const SESSION_BOOK_WORD: &str = "section";

/// Words that say something does not happen: "No lab", "(No assignment due.)".
/// Sentences saying a course has no class meetings ("This course is self-paced", "an
/// asynchronous online course", "there are no scheduled class meetings", "curso asíncrono"):
/// with no slot named, its dated rows are weeks of work, not lectures.
pub(crate) const NO_MEETINGS_PATTERN: &str = r"self[-\s]paced|(?:course|class)\s+is\s+(?:fully\s+|entirely\s+|completely\s+)?(?:online\s+and\s+)?asynchronous|asynchronous\s+(?:online\s+)?(?:course|class)|no\s+(?:scheduled|synchronous|live|regular|weekly)\s+(?:class\s+)?(?:meetings|sessions|lectures|classes)|there\s+are\s+no\s+(?:class\s+meetings|lectures)|curso\s+(?:es\s+)?as[íi]ncrono|curso\s+autoinstruccional|cours\s+(?:est\s+)?(?:entièrement\s+)?asynchrone|kein(?:e)?\s+präsenzveranstaltung(?:en)?";

pub(crate) const NEGATION_PATTERN: &str = r"no|kein|keine|none";

/// Words for a lecture as a kind of meeting, which a document's legend may give a code
/// ("L = Lecture", "V: Vorlesung"); with [`SESSION_PATTERN`] and [`EXAM_FIRST_WORDS`] the
/// words a legend's code may stand for.
pub(crate) const LECTURE_KIND_PATTERN: &str = r"lectures?|vorlesung(?:en)?|cours(?:\s+magistral)?|clases?(?:\s+te[oó]rica)?|te[oó]r[ií]as?|te[oó]ricas?|théorie|theory|aulas?(?:\s+te[oó]rica)?|lezion[ei]|ders|hoorcollege|seminars?";

/// Words after a session's name that say it is held in the lecture's place ("X-hour instead
/// of lecture", "Übung statt Vorlesung"): the row is that session (`rows::session`).
pub(crate) const SESSION_INSTEAD_PATTERN: &str = r"instead\s+of|in\s+place\s+of|statt|anstelle|en\s+lugar\s+de|en\s+vez\s+de|au\s+lieu\s+d[eu]|invece\s+d[ie]|em\s+vez\s+de|in\s+plaats\s+van";
/// Session words that end a title naming the session ("Media Studio Lab", "Python
/// Tutorial (bring a laptop)"); not "discussion", which ends lecture titles
/// ("Seminar/Discussion").
pub(crate) const SESSION_TAIL_PATTERN: &str = r"labs?|lab\s+sessions?|laboratory|laboration(?:er)?|tutorials?|recitations?|übung(?:en)?|laboratorio|werkcollege";

/// A day's whole topic that says the day is a break ("BREAK", "Break"): alone in its cell it
/// calls the day off; inside a topic ("Break-even analysis", "Code breaking") it does not.
pub(crate) const BREAK_CELL_WORDS: &[&str] = &["break", "recess", "pause", "receso", "pausa"];

/// Names of public holidays: a day cell of a weekday grid that holds one has no class
/// ("Jan 15. **MLK Day**"). Only read where a cell is one day, never for a whole week.
pub(crate) const HOLIDAY_NAME_PATTERN: &str = r"mlk\s+day|martin\s+luther\s+king|labou?r\s+day|memorial\s+day|presidents'?\s+day|veterans'?\s+day|columbus\s+day|indigenous\s+peoples'?\s+day|independence\s+day|thanksgiving|good\s+friday|easter\s+monday|whit\s+monday|reformation\s+day|ascension\s+day";

/// Words that open a day's topic when its meeting is called off ("CANCELLED (Columbus Day)",
/// "Entfällt", "Cancelada"); only at the start of the topic: "office hours cancelled" inside
/// a topic cancels nothing.
pub(crate) const CALLED_OFF_PATTERN: &str = r"cancel+ed|annul[ée]e?|entf[äa]llt|f[äa]llt\s+aus|cancelad[ao]|suspendid[ao]|annullat[ao]|iptal";

/// Labels of the line that gives the lecture slot ("Lectures:", "Meets", "Dersler").
pub(crate) const LECTURE_LABEL_PATTERN: &str =
    r"lectures?|class(es)?|meetings?|meets|course hours|schedule|time|ders(ler)?|section|sessions?";

/// Labels of the lecture slot's line in the other languages the parser reads ("Horario:",
/// "Aulas:", "Cours :", "Vorlesung:", "Lezioni:", "Hoorcollege:", "Wykład:", "Föreläsning:"):
/// they rank a slot line as labelled and name a time-only slot, but unlike
/// [`LECTURE_LABEL_PATTERN`] they never make an office-hours line a lecture's ("Horario de
/// tutorías").
pub(crate) const LECTURE_LABEL_MORE_PATTERN: &str = r"clases?|horario|hora|aulas?|horário|cours|horaires?|séances?|vorlesung(en)?|termine?|zeit|lezion[ei]|orario|hoorcolleges?|colleges?|tijd|wykłady?|wykład|zajęcia|godziny|föreläsning(ar)?|forelesning(er)?|forelæsning(er)?|tid";

/// After a start hour, the German academic quarter: "18 c.t." (cum tempore) starts at 18:15,
/// "18:00 s.t." (sine tempore) on the hour; an optional clock word may come between
/// ("18 Uhr c.t.").
pub(crate) const CUM_TEMPORE_PATTERN: &str = r"c\.\s?t\.|ct";
pub(crate) const SINE_TEMPORE_PATTERN: &str = r"s\.\s?t\.";
/// A mark after an hour of the 24-hour clock: French "14h", German "14 Uhr", and the "hs"
/// (horas) of Argentina and Uruguay ("de 15hs a 18hs", "18:00 hs").
pub(crate) const CLOCK_WORD_PATTERN: &str = r"uhr|hs|h";

/// A row of a day's agenda that is only a pause ("Coffee Break", "Lunch", "Pausa café",
/// "Mittagspause"): no event.
pub(crate) const AGENDA_BREAK_PATTERN: &str = r"(?:(?:coffee|tea|lunch|comfort|health)\s+)?breaks?|lunch|coffee|pausa(?:\s+(?:café|caf[eé]|para\s+(?:el\s+)?(?:almuerzo|café)))?|almuerzo|intervalo|almoço|pause(?:\s+(?:café|déjeuner))?|déjeuner|mittagspause|kaffeepause|pause|pranzo|lunchpauze|pauze";

/// Words for twelve o'clock noon that open or close a slot's range ("noon-1:15pm"); each is
/// at least as long as "12pm", which stands in for it.
pub(crate) const NOON_WORDS: &[&str] = &["noon", "midday"];

/// Words between a weekday and the hours of its slot: "fredag kl. 8-10", "Montag um 10-12",
/// "martedì ore 9-11", "Tuesdays at 2-4".
pub(crate) const CLOCK_BEFORE_WORDS: &[&str] = &["kl.", "kl", "klo", "klo.", "um", "ore", "at"];

/// Words between the two ends of a time range: "9:00 to 10:30", "de 9:00 a 11:00",
/// "14h à 16h", "10 bis 12 Uhr".
/// Also Portuguese "às", Dutch "tot", Swedish "till", Norwegian and Danish "til", Polish "do",
/// Italian "alle".
pub(crate) const TIME_RANGE_WORD_PATTERN: &str = r"to|à|às|as|a|bis|tot|until|till|til|do|alle";

/// Words before a time range that opens a row's text: "de 17h à 19h", "from 2 to 4pm",
/// "von 10 bis 12 Uhr", "desde las 9:00".
pub(crate) const TIME_FROM_WORD_PATTERN: &str = r"de|from|von|desde(?:\s+las)?|dalle|das|dès";

/// Words before a whole hour marked "h" that make it a clock time, not a length ("avant 17 h",
/// "à 17h", "até às 18h", "hasta las 18 h"; "3h" alone may be a duration): also every word of
/// [`TIME_AT_WORD_PATTERN`].
pub(crate) const HOUR_MARK_AFTER_WORD_PATTERN: &str =
    r"avant|jusqu'?à|até(?:\s+às)?|hasta(?:\s+las)?|bis|vor|entro\s+le|by|before|until";

/// Words between a date and its time in one cell: "May 2 (Mon) at 2:00pm", "3 mai à 14h",
/// "4. Mai um 10:00", "2 de mayo a las 14:00".
pub(crate) const TIME_AT_WORD_PATTERN: &str = r"at|@|à|um|a\s+las|alle|às|om|kl\.?";

/// Lines with these words give other hours than the lectures': office hours and exams, also
/// in the other languages read ("Horario de tutorías", "Sprechstunde", "Permanence",
/// "Ricevimento", "Spreekuur", "Konsultacje", "Kontortid"; "Klausur", "Prova").
/// A row's topic that opens with these is office hours, not a class ("TA office hour 3-4pm
/// on Zoom", "Sprechstunde", "Permanence"): no lecture is made for it.
pub(crate) const OFFICE_HOURS_PATTERN: &str = r"(?:(?:ta|instructor|professor|tutor)(?:'s)?\s+)?office\s+hours?|sprechstunden?|permanences?|ricevimento|spreekuur|konsultacje|dyżury?|kontortid|kontortimer|tutorías?|atención\s+a\s+estudiantes|atendimento|plantão(?:\s+de\s+dúvidas)?|fogadóóra";

/// Words that may stand before office hours to say where they are held ("Zoom office hours",
/// "Online office hours", "Virtual office hours").
pub(crate) const ONLINE_PLACE_WORDS: &[&str] = &[
    "zoom",
    "online",
    "virtual",
    "remote",
    "teams",
    "in-person",
    "hybrid",
];

pub(crate) const NOT_LECTURE_PATTERN: &str = r"office|exam|midterm|final|quiz|ta|assistant|recitation hours?|tutorías?|tutorias?|consultas?|atención|examen(es)?|parcial(es)?|atendimento|plantão|plantao|exame|prova|permanences?|examens?|partiel|sprechstunden?|klausur(en)?|prüfung(en)?|ricevimento|esame|esami|spreekuur|tentamen|konsultacje|dyżury?|egzamin|kontortid|kontortimer|eksamen";

/// A section's name as a whole: a section word and its number or letter ("Section 1",
/// "Sec. 02", "Şube 1", "Group A"), or a registrar's code ("L01", "L0101", "LEC 0101"; other letters and digits are rooms). "Sections 1
/// and 2" and "group project" are not one.
pub(crate) const SECTION_NAME_PATTERN: &str = r"(?i:(?:\b(?:section|şube|grup|group)\b|\bsec\.)\s*(?:[0-9]+|[a-z]\b))|\bLEC\s?[0-9]{3,4}\b|\bL0[0-9]{1,3}\b";

/// Headers of a meetings table's section column, lower case.
pub(crate) const HEADER_SECTION: &[&str] = &["section", "sec.", "sec", "şube", "grup", "group"];

/// Headers of the group column of an LMS participants export (Moodle's "Groups",
/// ODTUClass's "Gruplar"), lower case.
pub(crate) const ROSTER_GROUP_HEADERS: &[&str] = &[
    "groups", "group", "gruplar", "grup", "section", "sections", "şube", "gruppen", "groupes",
];

/// Words in front of a room after a lecture time ("in", "Room:"), lower case.
pub(crate) const ROOM_PREFIXES: &[&str] = &["in ", "at ", "room:", "place:", "location:"];

/// Ordinal words written before work or an exam as its number ("second project", "primer
/// quiz", "deuxième devoir"), with the number each gives.
pub(crate) const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("primer", 1),
    ("primera", 1),
    ("primero", 1),
    ("segundo", 2),
    ("segunda", 2),
    ("tercer", 3),
    ("tercera", 3),
    ("tercero", 3),
    ("cuarto", 4),
    ("cuarta", 4),
    ("quinto", 5),
    ("quinta", 5),
    ("premier", 1),
    ("première", 1),
    ("deuxième", 2),
    ("troisième", 3),
    ("quatrième", 4),
    ("primeiro", 1),
    ("primeira", 1),
    ("terceiro", 3),
    ("terceira", 3),
    ("quarto", 4),
    ("quarta", 4),
    ("erste", 1),
    ("erster", 1),
    ("erstes", 1),
    ("zweite", 2),
    ("zweiter", 2),
    ("zweites", 2),
    ("dritte", 3),
    ("dritter", 3),
    ("drittes", 3),
    ("primo", 1),
    ("secondo", 2),
    ("seconda", 2),
    ("terzo", 3),
    ("terza", 3),
];

/// Words that join two days ("Monday and Wednesday"), in any case; a room never holds one.
pub(crate) const AND_WORDS: &[&str] = &["and"];
/// Words that join two dates in a date cell ("26-ago y 28-ago", "3 mars et 5 mars"), in
/// lower case; the cell is a list only when every piece is a date.
pub(crate) const DATE_AND_WORDS: &[&str] = &["and", "y", "e", "et", "und", "en", "ve"];

/// A copula between a joining word and a deadline's verb ("posted Sep 14 and is due Sep
/// 21", "y es para el", "und ist fällig"), in the lexicon's languages.
pub(crate) const CLAUSE_COPULAS: &[&str] =
    &["is", "are", "es", "est", "ist", "é", "è", "será", "sera"];
/// Words naming a part of a book or an exercise, in any case, a dot allowed after: a
/// three-part number after one is that part's number (`Exercise 2.3.14`), never a day-first
/// date with a two-digit year (see `section_runs`).
pub(crate) const SECTION_NUMBER_WORDS_PATTERN: &str = r"exercises?|problems?|sections?|chapters?|ch|sec|ex|§|ejercicios?|cap[íi]tulos?|cap|exerc[íi]cios?|exercices?|chapitres?|aufgaben?|kapitel|abschnitte?|esercizi|esercizio|capitoli|capitolo|opgaven?|hoofdstukken|hoofdstuk";
/// Words that follow an hour and make it a time of day (`5 pm`, `5 Uhr`, `17 h`), read in lower
/// case without a final dot: a number before one is no day of a list of dates.
pub(crate) const HOUR_MARK_WORDS: &[&str] = &[
    "am", "pm", "a.m", "p.m", "uhr", "h", "hs", "hrs", "hr", "horas", "hora", "heures", "heure",
    "ore", "uur", "klo", "kl", "o'clock",
];
/// The marks of [`HOUR_MARK_WORDS`] that follow an hour of the 24-hour clock (`12hs`, `17 h`,
/// `10 Uhr`): the hour alone is the time.
pub(crate) const HOUR_MARKS_24: &[&str] = &[
    "uhr", "h", "hs", "hrs", "hr", "horas", "hora", "heures", "heure", "ore", "uur",
];
/// Words that join two days, read in lower case only ("Pazartesi ve Çarşamba").
pub(crate) const AND_WORDS_LOWER: &[&str] = &["ve"];

/// Labels of the grading scheme ("Grading:", "Değerlendirme").
pub(crate) const GRADING_LABEL_PATTERN: &str =
    r"grading|evaluation|assessment|grades?|değerlendirme|notlandırma";

/// Grading items about homework, exams and the project, for the weights put on events.
pub(crate) const GRADE_HOMEWORK_PATTERN: &str = r"home\s*work|hw|assignment|ödev|problem set|lab";
/// See [`GRADE_HOMEWORK_PATTERN`].
pub(crate) const GRADE_EXAM_PATTERN: &str = r"exam|midterm|final|quiz|sınav|vize";
/// See [`GRADE_HOMEWORK_PATTERN`].
pub(crate) const GRADE_PROJECT_PATTERN: &str = r"project";
/// Exam words that single out one exam in a grading item ("Midterm 30%").
pub(crate) const GRADE_SPECIFIC_EXAMS: &[&str] = &["midterm", "final", "quiz"];

/// Letters folded to ASCII for course ids and section slugs, which name published files and
/// ledgers: kept as they were (Turkish letters; other letters are dropped), since a new fold
/// would move a subscribed feed's address. Event keys fold every Latin letter
/// ([`LATIN_LETTERS`]).
pub(crate) const ASCII_FOLD: &[(char, char)] = &[
    ('İ', 'i'),
    ('ı', 'i'),
    ('Ş', 's'),
    ('ş', 's'),
    ('Ğ', 'g'),
    ('ğ', 'g'),
    ('Ü', 'u'),
    ('ü', 'u'),
    ('Ö', 'o'),
    ('ö', 'o'),
    ('Ç', 'c'),
    ('ç', 'c'),
];

/// Latin letters that Unicode does not decompose into an ASCII letter and a mark, written in
/// ASCII for event keys (lower case; the upper-case letters are looked up lower-cased):
/// Turkish and Azerbaijani dotless i and schwa, Polish ł, Danish and Norwegian ø and æ,
/// German ß, French œ, Vietnamese and Croatian đ, Icelandic ð and þ, Maltese ħ, Sámi ŋ.
pub(crate) const LATIN_LETTERS: &[(char, &str)] = &[
    ('ı', "i"),
    ('ə', "e"),
    ('ł', "l"),
    ('ŀ', "l"),
    ('ø', "o"),
    ('æ', "ae"),
    ('ß', "ss"),
    ('œ', "oe"),
    ('đ', "d"),
    ('ð', "d"),
    ('þ', "th"),
    ('ħ', "h"),
    ('ŋ', "ng"),
    ('ŧ', "t"),
    ('ĸ', "k"),
    ('ſ', "s"),
    ('ĳ', "ij"),
];

/// An alternation of `words` for a regex, longest first so a prefix never wins over the word.
pub(crate) fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by_key(|w| (std::cmp::Reverse(w.chars().count()), *w));
    words.dedup();
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// The words of the mail coursecal writes, in one language: reminders, change notices and
/// digests share them, so a new language is one more constant here.
pub(crate) struct MailWords {
    /// "When", before an event's date and time.
    pub when: &'static str,
    /// "Where", before its place.
    pub place: &'static str,
    /// The course page link's label.
    pub course_page: &'static str,
    /// The feed link's label.
    pub feed: &'static str,
    /// The footer of a reminder.
    pub reminder_footer: &'static str,
    /// How long until the event: `{n}` and `{unit}` are replaced.
    pub time_left: &'static str,
    /// Day, hour and minute, singular and plural.
    pub units: [(&'static str, &'static str); 3],
    /// A reminder's headline for a deadline and a release: `{what}` and `{left}` are replaced.
    pub due: &'static str,
    /// See `due`.
    pub released: &'static str,
    /// Short weekday names from Monday, and month names; `None`: chrono's English ones.
    pub short_days: Option<[&'static str; 7]>,
    /// See `short_days`.
    pub short_months: Option<[&'static str; 12]>,
    /// A notice's subject words.
    pub changed: &'static str,
    /// See `changed`.
    pub cancelled: &'static str,
    /// See `changed`.
    pub restored: &'static str,
    /// See `changed`.
    pub added: &'static str,
    /// "was" and "now", before the old and new date.
    pub was: &'static str,
    /// See `was`.
    pub now: &'static str,
    /// Said of an event that no longer happens.
    pub is_cancelled: &'static str,
    /// The footer of a change notice.
    pub notice_footer: &'static str,
    /// The digest's section titles: lectures, releases, deadlines, exams.
    pub digest_sections: [&'static str; 4],
    /// The digest's heading of changes.
    pub digest_changes: &'static str,
    /// The digest's subject: "This week".
    pub this_week: &'static str,
    /// The footer of a digest.
    pub digest_footer: &'static str,
}

/// Mail in English.
pub(crate) const MAIL_EN: MailWords = MailWords {
    when: "When",
    place: "Where",
    course_page: "Course page",
    feed: "Calendar feed",
    reminder_footer: "This is an automatic reminder from the course calendar; the attached event can be added to your calendar.",
    time_left: "in {n} {unit}",
    units: [("day", "days"), ("hour", "hours"), ("minute", "minutes")],
    due: "{what} due {left}",
    released: "{what} is released {left}",
    short_days: None,
    short_months: None,
    changed: "Changed",
    cancelled: "Cancelled",
    restored: "Back on",
    added: "New",
    was: "was",
    now: "now",
    is_cancelled: "cancelled",
    notice_footer: "The course calendar changed. Subscribed calendars show it at their next refresh (up to a day); the attached event updates yours now.",
    digest_sections: ["Lectures", "Releases", "Deadlines", "Exams"],
    digest_changes: "Changes since the last digest",
    this_week: "This week",
    digest_footer: "This is the weekly digest of the course calendar.",
};

/// Mail in Turkish.
pub(crate) const MAIL_TR: MailWords = MailWords {
    when: "Zaman",
    place: "Yer",
    course_page: "Ders sayfası",
    feed: "Takvim aboneliği",
    reminder_footer: "Bu, ders takviminden otomatik bir hatırlatmadır; ekteki etkinliği takviminize ekleyebilirsiniz.",
    time_left: "{n} {unit} içinde",
    units: [("gün", "gün"), ("saat", "saat"), ("dakika", "dakika")],
    due: "{what} teslimi {left}",
    released: "{what} {left} yayınlanıyor",
    short_days: Some(["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"]),
    short_months: Some([
        "Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara",
    ]),
    changed: "Değişti",
    cancelled: "İptal",
    restored: "Yeniden programda",
    added: "Yeni",
    was: "önceki",
    now: "şimdi",
    is_cancelled: "iptal edildi",
    notice_footer: "Ders takvimi değişti. Abone olunan takvimler bunu bir sonraki yenilemede (bir güne kadar) gösterir; ekteki etkinlik sizinkini hemen günceller.",
    digest_sections: ["Dersler", "Yayınlananlar", "Teslimler", "Sınavlar"],
    digest_changes: "Son özetten bu yana değişenler",
    this_week: "Bu hafta",
    digest_footer: "Bu, ders takviminin haftalık özetidir.",
};

/// A heading or lead line that says the dated lines under it are when work falls due
/// ("Assignment Due Dates", "Abgabetermine", "Fechas de entrega", "Harmonogram nadsyłania
/// sprawozdań"): each dated row there that names no other event is work due. Only short
/// lines that are mostly this phrase count (see `rows::due_section`).
pub(crate) const DUE_SECTION_PATTERN: &str = r"due\s+dates?|dates?\s+due|deadlines|deliverable\s+dates|submission\s+(?:dates|deadlines)|hand-?in\s+dates|abgabetermine?|abgabefristen|dates?\s+de\s+remise|[ée]ch[ée]ances|fechas?\s+de\s+entrega|datas?\s+de\s+entrega|prazos\s+de\s+entrega|scadenze|date\s+di\s+consegna|inleverdata|innleveringsfrister|frister|afleveringsfrister|inl[äa]mningsdatum|terminy\s+(?:oddania|oddawania|nadsy[łl]ania)|harmonogram\s+(?:oddania|oddawania|nadsy[łl]ania)|teslim\s+tarihleri";

/// A piece of every phrase of [`DUE_SECTION_PATTERN`], in lower case: a line with none of
/// them is no such heading, and the pattern need not be compiled for it.
pub(crate) const DUE_SECTION_STEMS: &[&str] = &[
    "due",
    "deliverable",
    "deadlines",
    "submission",
    "hand",
    "abgabe",
    "remise",
    "chéances",
    "cheances",
    "entrega",
    "scadenze",
    "consegna",
    "inleverdata",
    "frister",
    "datum",
    "oddania",
    "oddawania",
    "nadsy",
    "teslim",
];

/// Words that join a due-dates heading to something more ("Schedule and deadlines",
/// "Lectures & due dates"): its table holds classes too.
pub(crate) const DUE_SECTION_JOINS: &[&str] = &[
    "and", "&", "+", "/", "und", "et", "y", "e", "og", "och", "en", "i", "ve",
];

/// Words that make a due-dates heading about more than work falling due ("Schedule
/// deadlines?", "Deadlines policy"), unless the due words end the heading and so name what
/// they qualify: "Lab classes deadlines" are the lab classes' deadlines.
pub(crate) const DUE_SECTION_NOT: &[&str] = &[
    "schedule", "calendar", "lectures", "classes", "policy", "policies", "late",
];

/// Whole headings, lower-cased and without marks or a closing colon, that say the list under
/// them is the dates of the course's exams ("### Exams" over "- October 12, 9am"), each with
/// the name one such exam is numbered under ("Exam 1"). Only the whole heading counts: "Exam
/// review" or "Exams and grading" is about something else (see `rows::exam_section`).
pub(crate) const EXAM_SECTION_HEADINGS: &[(&str, &str)] = &[
    ("exams", "Exam"),
    ("exam dates", "Exam"),
    ("exam schedule", "Exam"),
    ("examinations", "Exam"),
    ("midterms", "Midterm"),
    ("midterm exams", "Midterm"),
    ("midterm dates", "Midterm"),
    ("prüfungen", "Prüfung"),
    ("prüfungstermine", "Prüfung"),
    ("klausuren", "Klausur"),
    ("klausurtermine", "Klausur"),
    ("exámenes", "Examen"),
    ("examenes", "Examen"),
    ("fechas de exámenes", "Examen"),
    ("parciales", "Parcial"),
    ("examens", "Examen"),
    ("dates des examens", "Examen"),
    ("partiels", "Partiel"),
    ("esami", "Esame"),
    ("date degli esami", "Esame"),
    ("provas", "Prova"),
    ("datas das provas", "Prova"),
    ("tentamens", "Tentamen"),
    ("tentamina", "Tentamen"),
    ("tentor", "Tenta"),
    ("egzaminy", "Egzamin"),
    ("terminy egzaminów", "Egzamin"),
    ("kolokwia", "Kolokwium"),
    ("sınavlar", "Sınav"),
    ("sınav tarihleri", "Sınav"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_has_a_full_english_name() {
        for m in 1..=12 {
            assert!(
                MONTHS.iter().any(|(w, n)| *n == m && w.len() > 3),
                "month {m}"
            );
        }
    }

    #[test]
    fn an_alternation_tries_longer_words_first() {
        assert_eq!(alternation(["sep", "sept", "a.b"]), r"sept|a\.b|sep");
    }

    #[test]
    fn every_weekday_is_named_in_english_and_turkish() {
        for list in [WEEKDAYS_EN, WEEKDAYS_TR] {
            let mut days: Vec<u32> = list.iter().map(|(_, d)| d.num_days_from_monday()).collect();
            days.sort_unstable();
            days.dedup();
            assert_eq!(days, (0..7).collect::<Vec<_>>());
        }
    }
}
