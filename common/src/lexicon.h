// Word lists used by speaker extraction: lower-case ASCII-folded words. Kept apart from the
// rules so the rules read as rules. Every lookup is a hash-set probe.
#pragma once

#include <span>
#include <string_view>

namespace news::lexicon {

// Verbs that report speech or a stated position ("said", "warned", "told", "denies").
bool is_reporting_verb(std::string_view w);
// Reporting verbs that also have other senses ("conceded" a race, "asked" a price): they
// report speech only with a complement ("that", a quotation).
bool is_weak_reporting_verb(std::string_view w);
// Reporting verbs whose object is the person spoken to or about ("told Starline that",
// "urged Smith to"): never the inverted "..., said X".
bool is_object_taking_verb(std::string_view w);
// Nouns for a person's nationality ("Spaniard", "Serbian", "Briton").
bool is_demonym(std::string_view w);
// Words allowed between a subject and its reporting verb ("also", "has", "previously").
bool is_verb_filler(std::string_view w);
// Titles, honorifics and job words that precede a name and are not part of it.
bool is_title(std::string_view w);
// Nouns naming a role that a later "the ROLE said" can refer back to.
bool is_role_noun(std::string_view w);
// Capitalised words that begin sentences but are never names ("The", "However").
bool is_function_word(std::string_view w);
// Countries, cities, regions and institutions that "say" things but are not people.
bool is_place_or_institution(std::string_view w);
// Words that make a capitalised phrase an organisation ("Ministry", "Union", "Agency").
bool is_org_word(std::string_view w);
// Nationality and demonym adjectives ("Russian", "Dutch").
bool is_nationality(std::string_view w);
// Surname particles kept inside names ("von", "der", "de", "al").
bool is_particle(std::string_view w);
// Nouns for things said, used with a possessive before a quote ("offer", "warning").
bool is_speech_noun(std::string_view w);
// Weekdays and months.
bool is_calendar_word(std::string_view w);
// Common plural nouns that start sentences with a reporting verb ("Police", "Officials").
bool is_group_noun(std::string_view w);
// Common nouns for an organisation ("company", "firm", "charity") heading an appositive.
bool is_organisation_noun(std::string_view w);
// Relatives and companions named after a quote ("said her husband, John Doe").
bool is_kin_noun(std::string_view w);
// Companies whose names read like a person's ("Goldman Sachs", "Taylor Wimpey"), spelt
// naturally; the caller keys them.
std::span<const std::string_view> known_firms();
// Countries and cities whose names read like a person's ("Burkina Faso", "Sierra Leone").
std::span<const std::string_view> known_places();
// Brands known by one word that is also a surname ("Ford", "Dell"), spelt naturally.
std::span<const std::string_view> one_word_firms();
// 'f' or 'm' for common first names, 0 when unknown.
char first_name_gender(std::string_view w);
// A given name: one of those first_name_gender() knows, or one whose sex varies or which
// is mostly a part of compound given names ("Jean", "Luc", "Abdel").
bool is_given_name(std::string_view w);
// A given name of any of many cultures (a list of several thousand), for telling a
// person's name from an organisation's: wider than is_given_name().
bool is_known_given_name(std::string_view w);
// A family name that Chinese, Korean and Vietnamese names put first ("Fan", "Roh", "Nguyen").
bool is_family_name_first(std::string_view w);
// 'f' or 'm' for a given name mostly borne by women or by men, 0 when unknown or both.
char given_name_sex(std::string_view w);
// Descriptor words that a role noun can refer back to ("diplomat" -> "foreign", ...).
bool role_matches(std::string_view role, std::string_view descriptor_word);

}  // namespace news::lexicon
