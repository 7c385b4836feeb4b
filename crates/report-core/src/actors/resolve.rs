//! Resolution: person aliases merged into one actor, later bare surnames found, unnamed roles
//! tied to the people who hold them, roles given the country that an adjective names
//! (`Tsjechisch Voorzitterschap` → Czechia), and the actors built with their mentions.

use super::fx_hash::FxBuild;
use super::gazetteer::{at_word_boundary, GazMatch, Gazetteer};
use super::persons::{BodyHit, Found, ANAPHOR_HEADS, BOARD_HEADS};
use super::{fold, slug, Lang};
use crate::model::{Actor, ActorKind, Mention, Section, Span};
use crate::sentences::SectionIndex;
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::{HashMap, HashSet};

/// One person, before it becomes an actor.
struct Person {
    /// Display form of the longest name.
    name: String,
    /// Folded words of the longest name.
    key: Vec<String>,
    role: Option<String>,
    affiliation: Option<String>,
    mentions: Vec<Span>,
    /// Forms seen, other than the mentions' own text.
    aliases: Vec<String>,
}

/// An actor under construction.
struct Builder {
    name: String,
    kind: ActorKind,
    role: Option<String>,
    affiliation: Option<String>,
    mentions: Vec<Span>,
    /// For people, the forms seen; for the others, `None`: the mentions' texts.
    aliases: Option<Vec<String>>,
}

impl Builder {
    /// An organisation found by its pattern, with the mentions and aliases it is given.
    fn body(
        body: &BodyHit,
        affiliation: Option<String>,
        mentions: Vec<Span>,
        aliases: Vec<String>,
    ) -> Builder {
        Builder {
            name: body.name.clone(),
            kind: ActorKind::Organization,
            role: None,
            affiliation,
            mentions,
            aliases: Some(aliases),
        }
    }
}

fn is_particle_key(word: &str) -> bool {
    word.chars().all(|c| c.is_lowercase() || c == '\'')
}

/// Builds the actors from the gazetteer's matches and the pattern pass.
#[inline(never)]
pub fn assemble(
    text: &str,
    sections: &[&Section],
    gaz: &Gazetteer,
    matches: &[GazMatch],
    found: Found,
) -> Vec<Actor> {
    build(text, sections, gather(text, gaz, matches, found))
}

/// The actors found, each with its mentions, before the mentions are placed in sections: so
/// that the outline can be built while the actors are found.
#[derive(Default)]
pub struct Unplaced(Vec<(String, Builder)>);

/// The actors of `unplaced`, their mentions placed in `sections`, the most mentioned first.
pub fn build(text: &str, sections: &[&Section], unplaced: Unplaced) -> Vec<Actor> {
    let index = SectionIndex::new(sections);
    let mut actors = build_all(text, &index, unplaced.0);
    members_of_the_group_in_the_heading(text, sections, &mut actors);
    actors.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then_with(|| a.id.cmp(&b.id))
    });
    actors
}

/// A member of the House named without a party (`Het lid Sneller stelt voor …`) under a
/// heading that names one group's members (`Vragen en opmerkingen van de leden van de
/// D66-fractie`), as a written consultation sets them: the member is of that group. Only a
/// member whose affiliation is the title's own (the House) is looked at, and only the party
/// named right before `-fractie` in the heading of the section of the first mention.
fn members_of_the_group_in_the_heading(text: &str, sections: &[&Section], actors: &mut [Actor]) {
    const HOUSE: &str = "org:tweede-kamer";
    let member = |a: &Actor| {
        a.kind == ActorKind::Person
            && a.affiliation.as_deref() == Some(HOUSE)
            && a.role.as_deref().is_some_and(|r| {
                r.eq_ignore_ascii_case("lid") || r.eq_ignore_ascii_case("kamerlid")
            })
    };
    if !actors.iter().any(member) {
        return;
    }
    // Each party named before `-fractie`: where, and its id.
    let groups: Vec<(usize, String)> = actors
        .iter()
        .filter(|a| a.kind == ActorKind::Organization && a.id != HOUSE)
        .flat_map(|a| {
            a.mentions
                .iter()
                .filter(|m| text[m.range.end..].starts_with("-fractie"))
                .map(|m| (m.range.start, a.id.clone()))
        })
        .collect();
    if groups.is_empty() {
        return;
    }
    for a in actors.iter_mut().filter(|a| member(a)) {
        let Some(section) = a
            .mentions
            .iter()
            .min_by_key(|m| m.range.start)
            .and_then(|m| m.section)
            .and_then(|i| sections.get(i))
        else {
            continue;
        };
        let heading = section.heading;
        let mut named = groups
            .iter()
            .filter(|(at, _)| (heading.start..heading.end).contains(at));
        if let (Some((_, id)), None) = (named.next(), named.next()) {
            a.affiliation = Some(id.clone());
        }
    }
}

/// The first half of [`assemble`]: the actors with their mentions, merged by id.
#[inline(never)]
pub fn gather(text: &str, gaz: &Gazetteer, matches: &[GazMatch], found: Found) -> Unplaced {
    let lang = detect_language(text, matches);
    let (mut persons, owners) = merge_people(&found);

    // Spans claimed by people and roles; gazetteer matches inside them are not mentions.
    let mut claimed: Vec<Span> = found.persons.iter().map(|p| p.mention).collect();
    claimed.extend(found.roles.iter().map(|r| r.span));
    // `Vereniging van Nederlandse Gemeenten (VNG)` mentions no Netherlands. But the owner
    // named after a board (`Management Board of the European Maritime Safety Agency`) is
    // mentioned there too: the board claims its own words only.
    claimed.extend(found.bodies.iter().map(|b| {
        let owner_start = b.affiliation.as_deref().and_then(|owner| {
            let i = matches.partition_point(|m| m.start <= b.span.start);
            matches[i..]
                .iter()
                .take_while(|m| m.start < b.span.end)
                .find(|m| {
                    m.end == b.span.end
                        && m.entry
                            .and_then(|e| gaz.entries.get(e))
                            .is_some_and(|e| e.id == owner)
                })
                .map(|m| m.start)
        });
        owner_start.map_or(b.span, |start| Span::new(b.span.start, start))
    }));

    // Later bare surnames: `Holmberg` after `Commissaris Greta Holmberg`.
    claimed.sort();
    // Later uses of acronyms defined in the text (`de VNG`), found in the same search.
    let mut acronyms: Vec<&BodyHit> = Vec::new();
    let mut seen_acronyms: HashSet<&str> = HashSet::new();
    for body in &found.bodies {
        if let Some(acronym) = body.acronym.as_deref() {
            if seen_acronyms.insert(acronym) {
                acronyms.push(body);
            }
        }
    }
    let forms: Vec<&str> = acronyms
        .iter()
        .filter_map(|b| b.acronym.as_deref())
        .collect();
    let bare = find_surnames(text, &persons, &forms, &claimed);
    let mut bodies = found.bodies.clone();
    for (p, span) in bare {
        if let Some(body) = p.checked_sub(persons.len()).and_then(|a| acronyms.get(a)) {
            bodies.push(BodyHit {
                span,
                ..(*body).clone()
            });
            claimed.push(span);
            continue;
        }
        persons[p].mentions.push(span);
        persons[p]
            .aliases
            .push(text[span.start..span.end].to_string());
        claimed.push(span);
    }

    // `Minister … Brennan T.D., represented Ireland`, `Ireland was represented by Minister
    // Brennan`: a minister at a Council meeting is the country's he represents there.
    for person in persons.iter_mut().filter(|p| p.affiliation.is_none()) {
        let country = person
            .mentions
            .iter()
            .find_map(|&m| represented_country(text, gaz, matches, m))
            // `Het Europees Parlement (rapporteur Giulia Ferraresi)`: who spoke for the body.
            .or_else(|| {
                person
                    .mentions
                    .iter()
                    .find_map(|&m| bracketed_under_body(text, gaz, matches, m))
            });
        if let Some(country) = country {
            person.affiliation = Some(country.to_string());
        }
    }

    // The slug of each role as written, made once: the same few roles recur in thousands of
    // hits, and a slug of non-ASCII text is a fold and a walk over characters.
    let mut slugs: HashMap<&str, String> = HashMap::new();

    // Unnamed roles held by a named person: `de Oekraïense Minister van Justitie`.
    let mut by_role: HashMap<(String, String), Option<usize>> = HashMap::new();
    for (hit, &p) in found.persons.iter().zip(&owners) {
        if let (Some(role), Some(aff), Some(p)) = (&hit.role, &hit.affiliation, p) {
            hold(&mut by_role, (slug_once(&mut slugs, role), aff.clone()), p);
        }
    }
    let mut builders: HashMap<String, Builder> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut add = |builders: &mut HashMap<String, Builder>, id: &str, b: Builder| match builders
        .get_mut(id)
    {
        Some(existing) => existing.mentions.extend(b.mentions),
        None => {
            order.push(id.to_string());
            builders.insert(id.to_string(), b);
        }
    };
    // The people introduced with each role, whatever their affiliation, for bare titles; and
    // those a cover or an attendance line labels with their office (`President: Ms X`), who
    // hold it throughout the text, whoever else bears the title.
    let mut by_bare_role: HashMap<String, Option<usize>> = HashMap::new();
    let mut by_office: HashMap<String, Option<usize>> = HashMap::new();
    for (hit, &p) in found.persons.iter().zip(&owners) {
        let Some(p) = p else {
            continue;
        };
        for role in [&hit.role, &hit.office].into_iter().flatten() {
            hold(&mut by_bare_role, slug_once(&mut slugs, role), p);
        }
        // An office the gazetteer knows, named whole in her mention (`Kaja Kallas, High
        // Representative of the Union for Foreign Affairs and Security Policy,`): she holds
        // it under its short names too (`The High Representative stressed`).
        if hit.role.is_some() {
            let k = matches.partition_point(|m| m.start < hit.mention.start);
            for m in matches[k..]
                .iter()
                .take_while(|m| m.start < hit.mention.end)
                .filter(|m| m.end <= hit.mention.end)
            {
                let Some(entry) = m.entry.and_then(|e| gaz.entries.get(e)) else {
                    continue;
                };
                if entry.kind != ActorKind::Role {
                    continue;
                }
                for name in [&entry.name_nl, &entry.name_en] {
                    if !name.is_empty() {
                        hold(&mut by_bare_role, slug_once(&mut slugs, name), p);
                    }
                }
            }
        }
        if let Some(office) = &hit.office {
            hold(&mut by_office, slug_once(&mut slugs, office), p);
        }
    }
    let mut national_roles: HashMap<(String, String, String), Option<usize>> = HashMap::new();
    let mut portfolio_holders: HashMap<String, Option<usize>> = HashMap::new();
    // Whether the text names a Dutch office that a bare title opens, by the title's slug.
    let mut dutch_offices: HashMap<String, bool> = HashMap::new();
    for hit in &found.roles {
        let role_slug = slug_once(&mut slugs, &hit.role);
        if hit.bare {
            // `The Executive Director announced`: the one person introduced before with that
            // role, not long before; otherwise no actor at all, unless the title belongs to an
            // institution (`The Commissioner replied`): that office is a role actor.
            let first_before = |p: usize, reach: usize| {
                persons[p]
                    .mentions
                    .first()
                    .is_some_and(|m| m.end <= hit.span.start && hit.span.start - m.end < reach)
            };
            let owner = by_office
                .get(&role_slug)
                .copied()
                .flatten()
                .filter(|&p| first_before(p, usize::MAX))
                .or_else(|| {
                    by_bare_role
                        .get(&role_slug)
                        .copied()
                        .flatten()
                        .filter(|&p| first_before(p, BARE_TITLE_REACH))
                })
                .or_else(|| {
                    // `The Minister for Agriculture, Food and the Marine, Mr Cathal Brennan,`
                    // at the top of a ministry's report … `The Minister stressed`: the one
                    // person of the text whose office that title opens, however far back.
                    let title = hit.role.as_str();
                    let p = *portfolio_holders
                        .entry(role_slug.clone())
                        .or_insert_with(|| {
                            let mut holders = persons.iter().enumerate().filter(|(_, p)| {
                                p.role.as_deref().is_some_and(|r| opens_portfolio(r, title))
                            });
                            match (holders.next(), holders.next()) {
                                (Some((p, _)), None) => Some(p),
                                _ => None,
                            }
                        });
                    // `De minister pleitte` in a Dutch report that names the Dutch minister's
                    // office (`minister van Klimaat en Groene Groei`) is that minister, not the
                    // one foreign minister named with a portfolio (`De Franse minister voor
                    // Energie, Hélène Marchetti,`).
                    let foreign =
                        |p: usize| persons[p].affiliation.as_deref() != Some("country:nl");
                    let mut dutch_office = || {
                        *dutch_offices.entry(role_slug.clone()).or_insert_with(|| {
                            found.roles.iter().any(|r| {
                                !r.bare
                                    && r.affiliation.as_deref() == Some("country:nl")
                                    && opens_portfolio(&r.role, title)
                            })
                        })
                    };
                    p.filter(|&p| !title.contains(' ') && first_before(p, usize::MAX))
                        .filter(|&p| !(foreign(p) && dutch_office()))
                });
            if let Some(p) = owner {
                persons[p].mentions.push(hit.span);
                continue;
            }
            // `The President opened the meeting`: a meeting's president chairs it, whoever
            // holds the office; no country or body need be named for it.
            let chairs = hit.role.eq_ignore_ascii_case("president");
            if !chairs
                && !hit
                    .affiliation
                    .as_deref()
                    .is_some_and(|a| a.starts_with("org:"))
            {
                continue;
            }
        }
        let owner = hit
            .affiliation
            .as_ref()
            .and_then(|aff| by_role.get(&(role_slug.clone(), aff.clone())))
            .copied()
            .flatten();
        // `Dimitar Kolev, Bulgarian Minister for Finance,` … `The Bulgarian Minister for
        // Finance called for …`, `The Estonian minister urged`: the one person of that country
        // introduced with that role (the adjective his role may carry set aside), or, for a
        // bare title, with a role that opens with it.
        // Each role, country and adjective looked up once: a long report names `the Dutch
        // minister` hundreds of times.
        let owner = owner.or_else(|| {
            let aff = hit
                .affiliation
                .as_deref()
                .filter(|a| a.starts_with("country:"))?;
            let adjective = hit
                .adjective_start
                .map_or("", |s| text[s..hit.span.start].trim());
            let key = (role_slug.clone(), aff.to_string(), adjective.to_lowercase());
            *national_roles.entry(key).or_insert_with(|| {
                let mut of_country = persons.iter().enumerate().filter(|(_, p)| {
                    p.affiliation.as_deref() == Some(aff)
                        && p.role
                            .as_deref()
                            .is_some_and(|r| holds_role(r, adjective, &hit.role))
                });
                match (of_country.next(), of_country.next()) {
                    (Some((p, _)), None) => Some(p),
                    _ => None,
                }
            })
        });
        // `I, the undersigned, Executive Director of the European Union Agency for Asylum`:
        // the one person the text gave that title (`The Executive Director, Nina Berg,`), when
        // the body the phrase names is hers or she has none yet.
        let owner = owner.or_else(|| {
            let aff = hit
                .affiliation
                .as_deref()
                .filter(|a| a.starts_with("org:"))?;
            // Dutch too (`De Chief Executive van het EDA`), but only for one of that body: `de
            // Voorzitter van de Tweede Kamer` is not the one `voorzitter` of another body.
            let english = hit.role.split_once(" of ");
            let (title, _) = english.or_else(|| hit.role.split_once(" van "))?;
            // Of several people with that title (`President Kovalenko` of Ukraine, the
            // `President of the European Commission, Ms Brandt`), the one of that body.
            let titled = |p: &&Person| {
                p.role.as_deref().is_some_and(|r| {
                    r.get(..title.len())
                        .is_some_and(|head| head.eq_ignore_ascii_case(title))
                        && (r.len() == title.len() || r.as_bytes()[title.len()] == b' ')
                })
            };
            let mut of_body = persons
                .iter()
                .enumerate()
                .filter(|(_, p)| titled(p) && p.affiliation.as_deref() == Some(aff));
            if let (Some((p, _)), None) = (of_body.next(), of_body.next()) {
                return Some(p);
            }
            english?;
            let p = by_bare_role.get(&slug(title)).copied().flatten()?;
            // The one bearing the title alone, when no one else bears it.
            (persons[p].affiliation.as_deref().is_none_or(|a| a == aff)
                && persons.iter().filter(titled).count() == 1)
                .then_some(p)
        });
        // `Foreword by the Chair of the Administrative Board` … `Jens Lindqvist, Chair of the
        // Administrative Board`: a title of more than one word that no country or body
        // qualifies here, given to one person of the text, is that person wherever it stands.
        let owner = owner.or_else(|| {
            if hit.affiliation.is_some() || !hit.role.contains(' ') {
                return None;
            }
            by_bare_role.get(&role_slug).copied().flatten()
        });
        if let Some(p) = owner {
            persons[p].mentions.push(hit.span);
            persons[p].aliases.push(hit.role.clone());
            if persons[p].affiliation.is_none() {
                persons[p].affiliation.clone_from(&hit.affiliation);
            }
            continue;
        }
        let start = hit.adjective_start.unwrap_or(hit.span.start);
        let name = text[start..hit.span.end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // A country's role is that country's (`role:cz-minister-of-justice`); so is a body's
        // named before the title (`The ECB's President`, `the Commission's President`): two
        // bodies' presidents are two actors, not one `role:president`.
        let code = match hit.affiliation.as_deref() {
            Some(a) if a.starts_with("country:") => format!("{}-", &a["country:".len()..]),
            Some(a) if hit.adjective_start.is_some() && a.starts_with("org:") => {
                format!("{}-", &a["org:".len()..])
            }
            _ => String::new(),
        };
        let id = format!("role:{code}{role_slug}");
        add(
            &mut builders,
            &id,
            Builder {
                name,
                kind: ActorKind::Role,
                role: Some(hit.role.clone()),
                affiliation: hit.affiliation.clone(),
                mentions: vec![hit.span],
                aliases: None,
            },
        );
    }
    for person in &persons {
        let id = format!("person:{}", slug(&person.name));
        add(
            &mut builders,
            &id,
            Builder {
                name: person.name.clone(),
                kind: ActorKind::Person,
                role: person.role.clone(),
                affiliation: person.affiliation.clone(),
                mentions: person.mentions.clone(),
                aliases: Some(person.aliases.clone()),
            },
        );
    }

    // Bodies found by their patterns, under the id of their acronym or name. A board of a
    // known organisation with a name many share (`Management Board`, `Frontex's Board`) takes
    // its owner's id before it: two agencies' Management Boards are two actors.
    // Mentions may nest but never overlap in part: a body that runs into a person's or a
    // role's span (`Minister van X- Duitsland`, where `X- Duitsland` looked like a body named
    // for its country) is dropped.
    let mut people_and_roles: Vec<Span> = found.persons.iter().map(|p| p.mention).collect();
    people_and_roles.extend(found.roles.iter().map(|r| r.span));
    people_and_roles.sort();
    // `The European Agency for Coastal Safety (EACS)` defines an acronym that the same name
    // without it (in the report's title) shares: one body, under the acronym's id.
    let acronym_of: HashMap<&str, &str> = bodies
        .iter()
        .filter_map(|b| Some((b.name.as_str(), b.acronym.as_deref()?)))
        .collect();
    let own_id = |body: &BodyHit| {
        let acronym = body
            .acronym
            .as_deref()
            .or_else(|| acronym_of.get(body.name.as_str()).copied());
        format!("org:{}", slug(acronym.unwrap_or(&body.name)))
    };
    let body_id = |body: &BodyHit| match (&body.acronym, &body.affiliation) {
        // A country's body is named by its adjective already (`Ierse toezichthouder`).
        (None, Some(owner))
            if body.name.split(' ').count() <= 2 && !owner.starts_with("country:") =>
        {
            format!("{owner}-{}", slug(&body.name))
        }
        _ => own_id(body),
    };
    // The boards named so far, by their noun: `The Board` is the last one named before it.
    let mut last_board: Vec<(&str, String)> = Vec::new();
    let mut in_order: Vec<&BodyHit> = bodies
        .iter()
        .filter(|b| !crosses(&people_and_roles, b.span))
        .collect();
    in_order.sort_by_key(|b| b.span.start);
    // `The Court` or `the Committee` with no board of that noun before it: an institution of the
    // gazetteer, found once its mentions are gathered.
    let mut anaphors: Vec<&BodyHit> = Vec::new();
    // Each body named by its pattern, with its id, in text order.
    let mut placed_bodies: Vec<(Span, String)> = Vec::new();
    // A country's body named by its own name (`De Nederlandse Vissersbond`), by that name: its
    // later mentions without the adjective (`De Vissersbond vraagt`) are the same body.
    let mut named_short: Vec<(&str, String)> = Vec::new();
    for body in in_order {
        let bare = body.acronym.is_none() && body.affiliation.is_none() && is_bare_board(body);
        let id = if bare {
            match last_board.iter().rev().find(|(head, _)| *head == body.name) {
                Some((_, id)) => id.clone(),
                None => {
                    // `the Court`, and `the Committee` with no committee found by its pattern
                    // before it: an organisation of the gazetteer with that noun in its name
                    // (`the Special Committee on Agriculture` … `DK informed the Committee`).
                    anaphors.push(body);
                    continue;
                }
            }
        } else {
            let short = (body.acronym.is_none() && body.affiliation.is_none())
                .then(|| named_short.iter().rev().find(|(n, _)| *n == body.name))
                .flatten();
            match short {
                Some((_, id)) => id.clone(),
                None => body_id(body),
            }
        };
        if let (Some(_), Some((_, noun))) = (&body.affiliation, body.name.split_once(' ')) {
            if noun.starts_with(char::is_uppercase) && !noun.contains(' ') {
                named_short.push((noun, id.clone()));
            }
            // `the Management Board of the European Maritime Safety Agency`, later `the
            // Management Board` alone: the board named with its owner.
            if body.acronym.is_none() && board_head(&body.name).is_some() {
                named_short.push((body.name.as_str(), id.clone()));
            }
        }
        if let Some(head) = board_head(&body.name) {
            last_board.push((head, id.clone()));
        }
        if bare {
            if let Some(builder) = builders.get_mut(&id) {
                builder.mentions.push(body.span);
            }
            continue;
        }
        let aliases = body.acronym.iter().cloned().collect();
        let builder = Builder::body(body, body.affiliation.clone(), vec![body.span], aliases);
        placed_bodies.push((body.span, id.clone()));
        add(&mut builders, &id, builder);
    }
    bodies_as_affiliations(text, gaz, matches, &persons, &placed_bodies, &mut builders);

    // Gazetteer mentions, and the votes of adjectives for the affiliation of roles.
    claimed.sort();
    let mut affiliated: Vec<(Span, &str)> = found
        .persons
        .iter()
        .filter_map(|p| Some((p.mention, p.affiliation.as_deref()?)))
        .chain(
            found
                .roles
                .iter()
                .filter_map(|r| Some((r.span, r.affiliation.as_deref()?))),
        )
        .collect();
    affiliated.sort_unstable_by_key(|(span, _)| (span.start, span.end));
    let mut votes: HashMap<usize, Vec<(String, usize)>> = HashMap::new();
    let mut per_entry: Vec<Vec<Span>> = vec![Vec::new(); gaz.entries.len()];
    let mut first_seen: Vec<usize> = Vec::new();
    let mut from = 0;
    while from < matches.len() {
        let to = from.saturating_add(MATCH_PART).min(matches.len());
        let gathered = Gathered {
            affiliated: &affiliated,
            votes: &mut votes,
            per_entry: &mut per_entry,
            first_seen: &mut first_seen,
        };
        gather_part(text, gaz, matches, &found, &claimed, from..to, gathered);
        from = to;
    }
    if !anaphors.is_empty() {
        place_anaphors(gaz, &anaphors, &mut per_entry, &first_seen);
    }
    cover_in_capitals(text, gaz, &mut per_entry, &mut first_seen);
    // A body of the text's own patterns that names an agency on the cover, before any of the
    // gazetteer's: the report's own (`Autoriteit Woonruimte en Huurbescherming (AWH)`, then
    // the `Autoriteit Consument en Markt` it works with).
    let body_first = bodies
        .iter()
        .filter(|b| {
            b.span.start < OWN_AGENCY_REACH && AGENCY_NOUNS.iter().any(|w| b.name.contains(w))
        })
        .map(|b| b.span.start)
        .min();
    let (unplaced, own) = own_agency(text, gaz, &mut per_entry, &first_seen, body_first);
    if let Some(own) = own.and_then(|e| gaz.entries.get(e)) {
        directors_of_own_agency(&mut builders, &own.id, &[&own.name_nl, &own.name_en]);
    }
    // `the Agency` of a report that opens with an agency no list knows (`European Agency for
    // Plant Health`, found by its pattern, or defined with its acronym: `European Union Agency
    // for Maritime Surveillance (EMSURV)`): that agency's mentions.
    // So too `de Autoriteit` of one that opens with `Autoriteit Woonruimte en Huurbescherming
    // (AWH)`: each mention whose noun the body's name holds.
    let own_body = bodies.iter().find(|b| {
        b.span.start < OWN_AGENCY_REACH
            && (b.name.contains(" Agency")
                || unplaced
                    .iter()
                    .any(|&span| names_noun(&b.name, stand_in_noun(text, span))))
    });
    if let Some(body) = own_body {
        let id = own_id(body);
        let unplaced: Vec<Span> = unplaced
            .into_iter()
            .filter(|&span| names_noun(&body.name, stand_in_noun(text, span)))
            .collect();
        if !unplaced.is_empty() {
            add(
                &mut builders,
                &id,
                Builder::body(body, None, unplaced, Vec::new()),
            );
        }
        // Its Executive Director signs as such, without saying of what.
        if own.is_none() {
            directors_of_own_agency(&mut builders, &id, &[&body.name]);
        }
    }
    for entry_index in first_seen {
        let (Some(entry), Some(spans)) = (
            gaz.entries.get(entry_index),
            per_entry.get_mut(entry_index).map(std::mem::take),
        ) else {
            continue;
        };
        if spans.is_empty() {
            continue;
        }
        match builders.get_mut(entry.id.as_str()) {
            Some(existing) => existing.mentions.extend(spans),
            None => add(
                &mut builders,
                &entry.id,
                Builder {
                    name: entry.name(lang).to_string(),
                    kind: entry.kind,
                    role: entry.role.clone(),
                    affiliation: entry.affiliation.clone(),
                    mentions: spans,
                    aliases: None,
                },
            ),
        }
    }
    members_of_boards(text, &mut builders);
    // A role of the gazetteer that one person of the text was introduced with (`De Hoge
    // Vertegenwoordiger, Mira Castellanos,` … `De Hoge Vertegenwoordiger schetste`): its later
    // mentions, each not long after the last, are that person's.
    // An office that an attendance line or a cover gives one person (`Present: Ms Ana Ruiz
    // (Chair)`) is hers in the whole text, however far from her name.
    for entry in gaz.entries.iter().filter(|e| e.kind == ActorKind::Role) {
        // The role's Dutch and English names are one office: two holders make it no one's.
        let mut owner_in = |map: &HashMap<String, Option<usize>>| {
            let mut owners = [&entry.name_nl, &entry.name_en]
                .into_iter()
                .filter_map(|name| map.get(&slug_once(&mut slugs, name)).copied());
            let first = owners.next()?;
            owners.all(|o| o == first).then_some(first).flatten()
        };
        let office = owner_in(&by_office);
        let owner = office.or_else(|| owner_in(&by_bare_role));
        let (Some(p), true) = (owner, builders.contains_key(entry.id.as_str())) else {
            continue;
        };
        // An office bound to a country is no other country's holder's: `de minister-president`
        // of a Dutch paper is not `de Poolse minister-president Tusk`.
        if let (Some(own), Some(theirs)) = (&entry.affiliation, &persons[p].affiliation) {
            if own != theirs {
                continue;
            }
        }
        let person_id = format!("person:{}", slug(&persons[p].name));
        let mut held = persons[p].mentions.clone();
        held.sort();
        let Some(role) = builders.get_mut(entry.id.as_str()) else {
            continue;
        };
        role.mentions.sort();
        let mut moved = Vec::new();
        // Both lists sorted: one walk, where the last mention held so far moves forward.
        let (mut h, mut last_end) = (0, None::<usize>);
        role.mentions.retain(|m| {
            while let Some(next) = held.get(h).filter(|x| x.end <= m.start) {
                last_end = last_end.max(Some(next.end));
                h += 1;
            }
            // Before the person is named, the office is theirs too (`Foreword by the Executive
            // Director` … `The Executive Director, Mr …,`): one person holds it in the text.
            let near = office.is_some()
                || last_end.is_none_or(|e| m.start.saturating_sub(e) < BARE_TITLE_REACH);
            if near {
                last_end = last_end.max(Some(m.end));
                moved.push(*m);
            }
            !near
        });
        if role.mentions.is_empty() {
            builders.remove(entry.id.as_str());
        }
        if let Some(person) = builders.get_mut(&person_id) {
            person.mentions.extend(moved);
        }
    }
    // A Council meeting's cover names its President (`President   Ms Anna Lindqvist` ⏎
    // `Minister for Climate of Sweden`): a minister chairs for the country that holds the
    // Presidency, so `the Presidency` of the text is that country's, as if the text had said
    // `the Presidency, held by Sweden,`.
    // So does the one who chairs a committee of the Council (`chaired by the Lithuanian
    // Permanent Representative, Ambassador Giedrius Jankauskas`, a Coreper's chair): the
    // Presidency's own diplomat.
    if builders.contains_key(PRESIDENCY) {
        let chair_country = ["president", "chair"]
            .iter()
            .find_map(|office| by_office.get(*office).copied().flatten())
            .and_then(|p| persons[p].affiliation.as_deref())
            .filter(|a| a.starts_with("country:"));
        let entry = gaz.entries.iter().position(|e| e.id == PRESIDENCY);
        if let (Some(country), Some(entry)) = (chair_country, entry) {
            let list = votes.entry(entry).or_default();
            match list.iter_mut().find(|(id, _)| id == country) {
                Some(v) => v.1 += HOLDER_VOTES,
                None => list.push((country.to_string(), HOLDER_VOTES)),
            }
        }
    }
    for (entry_index, list) in votes {
        let Some(entry) = gaz.entries.get(entry_index) else {
            continue;
        };
        // Most votes; on a tie, the first seen.
        let mut best: Option<&(String, usize)> = None;
        for v in &list {
            if best.is_none_or(|b| v.1 > b.1) {
                best = Some(v);
            }
        }
        if let (Some(b), Some(builder)) = (best, builders.get_mut(&entry.id)) {
            builder.affiliation = Some(b.0.clone());
        }
    }

    bracketed_bodies(text, gaz, matches, &mut builders);
    table_row_countries(text, &mut builders);
    table_row_roles(text, &mut builders);
    represented_countries(text, &mut builders);

    Unplaced(
        order
            .into_iter()
            .filter_map(|id| builders.remove(&id).map(|b| (id, b)))
            .collect(),
    )
}

/// Texts with this many mentions or more build their actors on two threads (natively): the
/// mentions' sections and forms are most of the time after the persons are found, which runs
/// on one core.
#[cfg(not(target_arch = "wasm32"))]
const SPLIT_BUILD_FROM: usize = 20_000;

/// The actors of `built`, in no particular order.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn build_all(text: &str, index: &SectionIndex, built: Vec<(String, Builder)>) -> Vec<Actor> {
    let build = |pile: Vec<(String, Builder)>| -> Vec<Actor> {
        pile.into_iter()
            .map(|(id, b)| build_actor(text, index, id, b))
            .collect()
    };
    #[cfg(not(target_arch = "wasm32"))]
    if built.iter().map(|(_, b)| b.mentions.len()).sum::<usize>() >= SPLIT_BUILD_FROM {
        // Two piles of about as many mentions each, the biggest actors dealt first.
        let mut built = built;
        built.sort_by_key(|(_, b)| std::cmp::Reverse(b.mentions.len()));
        let (mut piles, mut sizes) = ((Vec::new(), Vec::new()), (0, 0));
        for item in built {
            let n = item.1.mentions.len();
            if sizes.0 <= sizes.1 {
                sizes.0 += n;
                piles.0.push(item);
            } else {
                sizes.1 += n;
                piles.1.push(item);
            }
        }
        let (first, second) = piles;
        // Behind a lock so that the pile is not lost with a thread that could not start.
        let first = std::sync::Mutex::new(Some(first));
        return std::thread::scope(|scope| {
            let side = std::thread::Builder::new()
                .name("report-core-actors".into())
                .spawn_scoped(scope, || first.lock().ok()?.take().map(build));
            let mut actors = build(second);
            let theirs = match side.map(|handle| handle.join()) {
                Ok(Ok(Some(done))) => done,
                Ok(Err(panic)) => std::panic::resume_unwind(panic),
                _ => build(
                    first
                        .lock()
                        .ok()
                        .and_then(|mut f| f.take())
                        .unwrap_or_default(),
                ),
            };
            actors.extend(theirs);
            actors
        });
    }
    build(built)
}

/// The actor of the builder `b`: its mentions sorted, each with its section, and its aliases.
fn build_actor(text: &str, index: &SectionIndex, id: String, mut b: Builder) -> Actor {
    b.mentions.sort();
    b.mentions.dedup();
    let mut aliases: Vec<String> = Vec::new();
    let mut add_alias = |written: String| {
        if written != b.name && !aliases.contains(&written) {
            aliases.push(written);
        }
    };
    if let Some(forms) = b.aliases.take() {
        forms.into_iter().for_each(&mut add_alias);
    }
    // Mentions repeat a handful of forms thousands of times: look at each form once.
    let mut seen: HashSet<&str, FxBuild> = HashSet::default();
    let from_mentions = b.kind != ActorKind::Person;
    // The mentions are sorted: their sections are found by moving forward.
    let mut section_cursor = 0;
    let mut mentions = Vec::with_capacity(b.mentions.len());
    for part in b.mentions.chunks(MENTION_PART) {
        let aliases = from_mentions.then_some((&mut seen, &mut add_alias));
        let sections = (index, &mut section_cursor);
        mentions_in_part(text, part, sections, aliases, &mut mentions);
    }
    Actor {
        id,
        name: b.name,
        kind: b.kind,
        aliases,
        role: b.role,
        affiliation: b.affiliation,
        mentions,
    }
}

/// The affiliation of a person with none yet, from a body the text names with her role: the
/// body inside her role phrase (`Chair of the Staff Committee, Mr Pavel Kral`) or the one a
/// possessive before the role points back to, the first country or body of the sentence
/// before (`The Staff Committee presented its report. Its Chair, Mr Pavel Kral,`).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn bodies_as_affiliations(
    text: &str,
    gaz: &Gazetteer,
    matches: &[GazMatch],
    persons: &[Person],
    bodies: &[(Span, String)],
    builders: &mut HashMap<String, Builder>,
) {
    for person in persons
        .iter()
        .filter(|p| p.affiliation.is_none() && p.role.is_some())
    {
        let Some(first) = person.mentions.iter().min() else {
            continue;
        };
        let inside = bodies
            .iter()
            .find(|(span, _)| first.start <= span.start && span.end <= first.end)
            .map(|(_, id)| id.clone());
        let owner = inside
            .or_else(|| agent_of_body(text, gaz, matches, bodies, first.start))
            .or_else(|| {
                let before = text[..first.start].strip_suffix(' ')?;
                let word = &before[before.rfind([' ', '\n']).map_or(0, |i| i + 1)..];
                let possessive = ["its", "zijn", "haar", "their", "hun"]
                    .iter()
                    .any(|w| word.eq_ignore_ascii_case(w));
                if !possessive {
                    return None;
                }
                let word_start = before.len() - word.len();
                // The sentence before, or this one's start when the possessive is inside it.
                let head = text[..word_start].trim_end();
                let head = head.strip_suffix('.').unwrap_or(head);
                let from = head
                    .rfind(". ")
                    .map(|i| i + 2)
                    .max(head.rfind("\n\n").map(|i| i + 2))
                    .unwrap_or(0);
                first_body_in(gaz, matches, bodies, from..word_start)
            })
            .or_else(|| chaired_body(text, gaz, matches, bodies, first.start));
        let (Some(owner), Some(builder)) = (
            owner,
            builders.get_mut(&format!("person:{}", slug(&person.name))),
        ) else {
            continue;
        };
        if builder.affiliation.is_none() {
            builder.affiliation = Some(owner);
        }
    }
}

/// How far into the text the body whose meeting minutes record is named (their masthead).
const MEETING_BODY_REACH: usize = 800;

/// The body that the person whose mention starts at `start` chairs, when the words before her
/// say so (`chaired by`): the first body of the sentence (`The Working Party on Customs Union
/// met on 3 March, chaired by Ms X`); in a sentence about the meeting (`The meeting opened at
/// 9.07, chaired by Ms X`), the body the masthead names, the innermost one (`European
/// Parliament` ⏎ `Committee on Civil Liberties, …` is the committee's meeting).
fn chaired_body(
    text: &str,
    gaz: &Gazetteer,
    matches: &[GazMatch],
    bodies: &[(Span, String)],
    start: usize,
) -> Option<String> {
    super::persons::chaired_by(text, start)?;
    // The sentence's start, looked for within a paragraph's reach.
    let reach = crate::floor_boundary(text, start.saturating_sub(2000));
    let head = &text[reach..start];
    let from = reach
        + head
            .rfind(". ")
            .map(|i| i + 2)
            .max(head.rfind('\n').map(|i| i + 1))
            .unwrap_or(0);
    if let Some(body) = first_body_in(gaz, matches, bodies, from..start) {
        return Some(body);
    }
    let sentence = &text[from..start];
    if !(sentence.starts_with("The meeting ") || sentence.starts_with("De vergadering ")) {
        return None;
    }
    let reach = crate::floor_boundary(text, MEETING_BODY_REACH).min(from);
    let within = &matches[..matches.partition_point(|m| m.start < reach)];
    let organisation = |m: &GazMatch| {
        let entry = gaz.entries.get(m.entry?)?;
        (entry.kind == ActorKind::Organization).then_some(entry)
    };
    // A body of another (a committee of the Parliament) is the one that met.
    let inner = within.iter().filter_map(organisation).find(|e| {
        e.affiliation
            .as_deref()
            .is_some_and(|a| a.starts_with("org:"))
    });
    inner
        .map(|e| e.id.clone())
        .or_else(|| first_body_in(gaz, matches, bodies, 0..reach))
}

/// The phrases by which a body's apposition names who speaks for it or chairs it, before the
/// person (`The European Central Bank, represented by Vice-President …`).
const AGENT_PHRASES: [&str; 4] = [
    ", represented by ",
    ", chaired by ",
    ", headed by ",
    ", vertegenwoordigd door ",
];

/// The body that the person whose mention starts at `start` represents or chairs: the one
/// named right before the comma of `, represented by` (`The Executive Board, chaired by Mr
/// Karel Šimek,`).
fn agent_of_body(
    text: &str,
    gaz: &Gazetteer,
    matches: &[GazMatch],
    bodies: &[(Span, String)],
    start: usize,
) -> Option<String> {
    let before = &text[..start];
    let phrase = AGENT_PHRASES.iter().find(|p| before.ends_with(*p))?;
    let comma = start - phrase.len();
    let i = matches.partition_point(|m| m.end < comma);
    let from_gazetteer = matches.get(i).filter(|m| m.end == comma).and_then(|m| {
        let entry = gaz.entries.get(m.entry?)?;
        matches!(entry.kind, ActorKind::Country | ActorKind::Organization).then(|| entry.id.clone())
    });
    from_gazetteer.or_else(|| {
        bodies
            .iter()
            .find(|(span, _)| span.end == comma)
            .map(|(_, id)| id.clone())
    })
}

/// The id of the first country or organisation named within `range`: of the gazetteer, or a
/// body found by its pattern.
fn first_body_in(
    gaz: &Gazetteer,
    matches: &[GazMatch],
    bodies: &[(Span, String)],
    range: std::ops::Range<usize>,
) -> Option<String> {
    let from_gazetteer = matches[matches.partition_point(|m| m.start < range.start)..]
        .iter()
        .take_while(|m| m.end <= range.end)
        .find_map(|m| {
            let entry = gaz.entries.get(m.entry?)?;
            matches!(entry.kind, ActorKind::Country | ActorKind::Organization)
                .then(|| (m.start, entry.id.clone()))
        });
    let from_bodies = bodies
        .iter()
        .find(|(span, _)| span.start >= range.start && span.end <= range.end)
        .map(|(span, id)| (span.start, id.clone()));
    match (from_gazetteer, from_bodies) {
        (Some(g), Some(b)) => Some(if g.0 <= b.0 { g.1 } else { b.1 }),
        (g, b) => g.or(b).map(|(_, id)| id),
    }
}

/// How far back (in bytes) a bare title (`The Executive Director`) looks for the person it
/// refers to: a few paragraphs.
const BARE_TITLE_REACH: usize = 4000;

/// Matches per call of [`gather_part`].
const MATCH_PART: usize = 4096;

/// What [`gather_part`] adds to: the votes of adjectives for the affiliation of roles, and the
/// spans of each entry with the order in which the entries were first seen.
struct Gathered<'a> {
    /// The spans of people and roles with an affiliation, sorted: a mention of that
    /// affiliation inside one is kept (`Chair of the Committee on Civil Liberties, …, Ms …`
    /// mentions the committee, which is otherwise an affiliation with no actor).
    affiliated: &'a [(Span, &'a str)],
    votes: &'a mut HashMap<usize, Vec<(String, usize)>>,
    per_entry: &'a mut Vec<Vec<Span>>,
    first_seen: &'a mut Vec<usize>,
}

/// The gazetteer mentions among `matches[range]` for [`assemble`]. One call over all the
/// matches of a big text would run in WebAssembly's slow baseline code throughout: V8 swaps in
/// optimised code for a function only when it is called again.
#[inline(never)]
fn gather_part(
    text: &str,
    gaz: &Gazetteer,
    matches: &[GazMatch],
    found: &Found,
    claimed: &[Span],
    range: std::ops::Range<usize>,
    gathered: Gathered,
) {
    let Gathered {
        affiliated,
        votes,
        per_entry,
        first_seen,
    } = gathered;
    let incoming = gaz.entries.iter().position(|e| e.id == INCOMING_PRESIDENCY);
    let presidency = gaz.entries.iter().position(|e| e.id == PRESIDENCY);
    for (i, m) in range.clone().zip(&matches[range]) {
        let Some(mut entry_index) = m.entry else {
            continue;
        };
        let Some(mut entry) = gaz.entries.get(entry_index) else {
            continue;
        };
        // `Minister for Enterprise of Ireland and President of the Council`: the minister
        // chairs the Council for the country that holds the Presidency, as if the text had
        // said `the Presidency, held by Ireland,`.
        if let Some(p) = presidency.filter(|_| {
            entry.kind == ActorKind::Country && chairs_the_council(text, m.start, m.end)
        }) {
            let list = votes.entry(p).or_default();
            match list.iter_mut().find(|(id, _)| *id == entry.id) {
                Some(v) => v.1 += HOLDER_VOTES,
                None => list.push((entry.id.clone(), HOLDER_VOTES)),
            }
        }
        // `The Danish delegation presented the work programme of the incoming Presidency`:
        // the country that presents it chairs next.
        if let (Some(inc), Some(p)) = (incoming, presidency) {
            if entry.kind == ActorKind::Country
                && presents_incoming_programme(text, matches, i, [p, inc])
            {
                let list = votes.entry(inc).or_default();
                match list.iter_mut().find(|(id, _)| *id == entry.id) {
                    Some(v) => v.1 += HOLDER_VOTES,
                    None => list.push((entry.id.clone(), HOLDER_VOTES)),
                }
            }
        }
        if found.consumed.get(i).copied().unwrap_or(false)
            || overlaps(claimed, m.start, m.end) && !affiliation_inside(affiliated, m, &entry.id)
        {
            continue;
        }
        if entry.kind == ActorKind::Role {
            // `Geachte Voorzitter,`, `Dear Chair,`: a letter's salutation addresses its reader,
            // no mention of one who acts.
            if salutation(text, m.start, m.end) {
                continue;
            }
            let before = i
                .checked_sub(1)
                .map(|j| &matches[j])
                .filter(|p| p.end < m.start && text[p.end..m.start].trim().is_empty())
                .and_then(|p| Some((p.start, p.entry.and_then(|e| gaz.entries.get(e))?)))
                .filter(|(_, e)| e.kind == ActorKind::Country);
            // `De minister van Malta gaf aan dat zijn voorzitterschap …`, `Malta presented its
            // Presidency's priorities`: a presidency owned by one named before, which need not
            // be the one that chairs now; no mention of the current Presidency.
            if entry.id == PRESIDENCY && possessive_before(text, m.start) {
                continue;
            }
            let mut adjective = before.map(|(_, e)| e);
            // `het inkomende (Litouwse) voorzitterschap`, `the next Presidency`: the country
            // that chairs the Council after the one that does, another role; and once the
            // text has named that country, its adjective names that role again (`het
            // Litouwse voorzitterschap`).
            if let Some(inc) = incoming.filter(|_| entry.id == PRESIDENCY) {
                let at = before.map_or(m.start, |(start, _)| start);
                let next_country = votes.get(&inc).and_then(|v| v.first()).map(|v| &v.0);
                if incoming_word_before(text, at)
                    || adjective.is_some_and(|c| next_country == Some(&c.id))
                {
                    entry_index = inc;
                    entry = &gaz.entries[inc];
                }
            }
            // `het vorige Deense voorzitterschap`: that country chaired the Council before,
            // it does not now.
            if adjective.is_some()
                && entry.id == PRESIDENCY
                && before.is_some_and(|(start, _)| word_before_in(text, start, PAST_WORDS))
            {
                adjective = None;
            }
            if let (Some(own), Some(country)) = (&entry.affiliation, adjective) {
                // `het Poolse kabinet` is not the Dutch cabinet: the adjective's mention names
                // that country's body, and a role bound to another country must not claim it.
                if *own != country.id {
                    continue;
                }
            } else if let Some(country) = adjective {
                let list = votes.entry(entry_index).or_default();
                match list.iter_mut().find(|(id, _)| *id == country.id) {
                    Some(v) => v.1 += 1,
                    None => list.push((country.id.clone(), 1)),
                }
            }
            // `het voorzitterschap (in handen van Denemarken)`, `the Presidency, held by
            // Denmark,`, `Denmark, as Presidency,`: the text says who holds the role, which
            // outweighs any number of passing adjectives.
            if entry.affiliation.is_none() {
                if let Some(country) = holder(text, gaz, matches, i) {
                    let list = votes.entry(entry_index).or_default();
                    match list.iter_mut().find(|(id, _)| *id == country) {
                        Some(v) => v.1 += HOLDER_VOTES,
                        None => list.push((country.to_string(), HOLDER_VOTES)),
                    }
                }
            }
        }
        // Spans are gathered per entry and handed to the builders once per entry, in order of
        // first appearance: no hashing of ids for each of the thousands of matches.
        if let Some(spans) = per_entry.get_mut(entry_index) {
            if spans.is_empty() {
                first_seen.push(entry_index);
            }
            spans.push(Span::new(m.start, m.end));
        }
    }
}

/// Whether the role at `start..end` is addressed in a salutation: `Geachte` or `Dear` (and
/// `Beste`, `Zeer geachte`) before it and a comma or the end of its line after it.
fn salutation(text: &str, start: usize, end: usize) -> bool {
    let after = text.as_bytes().get(end).copied();
    if !matches!(after, None | Some(b',' | b'\n' | b'\r')) {
        return false;
    }
    let before = text[..start].trim_end_matches(' ');
    let word_start = before.rfind([' ', '\n']).map_or(0, |i| i + 1);
    let word = &before[word_start..];
    ["geachte", "dear", "beste"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether the country named at `start..end` is a minister's who chairs the Council: `of` or
/// `van` before it and `and President of the Council` or a comma and a [`CHAIR_CLAUSES`] after it
/// (`Minister of the Interior of Hungary, President of the Council`). Not `Germany and the
/// President of the Council`, nor the President of the European Council. A look at a few
/// bytes on either side.
fn chairs_the_council(text: &str, start: usize, end: usize) -> bool {
    let of = text
        .get(..start)
        .and_then(|b| b.strip_suffix(' '))
        .and_then(|b| b.strip_suffix("of").or_else(|| b.strip_suffix("van")))
        .is_some_and(|b| b.ends_with([' ', '\n']));
    let after = text.get(end..).unwrap_or("");
    let after = after
        .strip_prefix(" and")
        .or_else(|| after.strip_prefix(','))
        .map(|a| a.trim_start_matches([' ', '\n']));
    of && after.is_some_and(|a| {
        CHAIR_CLAUSES.iter().any(|clause| {
            a.strip_prefix(clause)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
        })
    })
}

/// What follows a chairing minister's country (see [`chairs_the_council`]): `President of the
/// Council`, or a clause that says the minister chaired (`Minister of the Interior of Poland,
/// who chaired the meeting`; `minister van Financiën van Polen, die de Raad voorzat`).
const CHAIR_CLAUSES: [&str; 7] = [
    "President of the Council",
    "who chaired the meeting",
    "who chaired the Council",
    "who chaired the session",
    "who chairs the Council",
    "die de Raad voorzat",
    "die de vergadering voorzat",
];

/// How far (in bytes) a country and the incoming Presidency's programme may stand apart in
/// [`presents_incoming_programme`]: a sentence, or a heading and the line under it.
const PROGRAMME_REACH: usize = 160;

/// Whether the country `matches[i]` presents the programme of the incoming Presidency, which is
/// named close by in the same sentence, before or after it (`Information from the Danish
/// delegation on the work programme of the incoming Presidency`; the heading `Work programme
/// of the incoming Presidency` over `Information from the Danish delegation`; `Denemarken
/// presenteerde het werkprogramma van het inkomende voorzitterschap`). `roles` are the
/// Presidency's entry (which the scan matches with `incoming` before it) and the incoming
/// Presidency's (`inkomend voorzitterschap` is a name of its own).
fn presents_incoming_programme(
    text: &str,
    matches: &[GazMatch],
    i: usize,
    roles: [usize; 2],
) -> bool {
    let m = &matches[i];
    let near = |o: &GazMatch| {
        let (from, to) = if o.start > m.end {
            (m.end, o.start)
        } else {
            (o.end, m.start)
        };
        // A heading over the line that says who presents it: one paragraph break, the role
        // first.
        let breaks = if o.start < m.start { 1 } else { 0 };
        to - from <= PROGRAMME_REACH
            && text.get(from..to).is_some_and(|between| {
                !between.contains(". ")
                    && !between.contains(';')
                    && between.matches("\n\n").count() <= breaks
            })
    };
    let after = matches[i + 1..].iter().take(3);
    let before = matches[..i].iter().rev().take(3);
    after.chain(before).any(|o| {
        o.entry.is_some_and(|e| roles.contains(&e))
            && near(o)
            && programme_before(text, o.start)
            && {
                // Presented, not welcomed: `Germany welcomed the programme …` says nothing of
                // who chairs next.
                let from = m.start.min(o.start).saturating_sub(40);
                let to = m.end.max(o.end);
                let from = (0..=from)
                    .rev()
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap_or(0);
                let span = text[from..to].to_ascii_lowercase();
                PRESENTING.iter().any(|w| span.contains(w))
            }
    })
}

/// Whether the role at `at` follows a programme or priorities and perhaps an incoming word:
/// `the work programme of the incoming Presidency`, `het werkprogramma van het inkomend
/// voorzitterschap`.
fn programme_before(text: &str, at: usize) -> bool {
    let Some(head) = text.get(..at) else {
        return false;
    };
    let head = if incoming_word_before(text, at) {
        head.trim_end_matches(' ')
            .trim_end_matches(|c: char| c.is_alphabetic())
    } else {
        head
    };
    PROGRAMME_OF.iter().any(|p| {
        head.len() >= p.len()
            && head.is_char_boundary(head.len() - p.len())
            && head[head.len() - p.len()..].eq_ignore_ascii_case(p)
    })
}

/// Words of presenting in a country's presentation of the incoming Presidency's programme.
const PRESENTING: [&str; 6] = [
    "present", "inform", "outline", "introduc", "toelicht", "lichtte",
];

/// What comes before `incoming Presidency` when a country presents what it will do as
/// Presidency: its programme or priorities.
const PROGRAMME_OF: [&str; 6] = [
    "programme of the ",
    "priorities of the ",
    "program of the ",
    "programma van het ",
    "prioriteiten van het ",
    "werkprogramma van het ",
];

/// The votes of a country that the text says holds a role (see [`holder`]).
const HOLDER_VOTES: usize = 1000;

/// The role of the member state that chairs the Council.
const PRESIDENCY: &str = "role:presidency";

/// The role of the member state that chairs the Council next.
const INCOMING_PRESIDENCY: &str = "role:incoming-presidency";

/// Words that make the Presidency the next one (`het inkomende voorzitterschap`, `the
/// incoming Presidency`).
const INCOMING_WORDS: &[&str] = &[
    "inkomende",
    "inkomend",
    "volgende",
    "komende",
    "aankomende",
    "toekomstige",
    "incoming",
    "next",
    "upcoming",
    "forthcoming",
    "future",
];

/// Words that make the Presidency an earlier one (`het vorige Deense voorzitterschap`, `the
/// outgoing Presidency`): its country holds the role no more.
const PAST_WORDS: &[&str] = &[
    "vorige",
    "vorig",
    "voorgaande",
    "voormalige",
    "vertrekkende",
    "previous",
    "outgoing",
    "former",
    "preceding",
];

/// Whether a possessive pronoun (`zijn`, `haar`, `hun`, `its`, `his`, `her`, `their`) ends a
/// space before `at`.
fn possessive_before(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let word = &before[before.rfind([' ', '\n', '(']).map_or(0, |k| k + 1)..];
    (3..=5).contains(&word.len())
        && ["zijn", "haar", "hun", "diens", "its", "his", "her", "their"]
            .iter()
            .any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
}

/// Whether the word that ends right before `at` (a space apart) is one of [`INCOMING_WORDS`].
fn incoming_word_before(text: &str, at: usize) -> bool {
    word_before_in(text, at, INCOMING_WORDS)
}

/// Whether the word that ends right before `at` (a space apart) is one of `words`.
fn word_before_in(text: &str, at: usize, words: &[&str]) -> bool {
    let Some(before) = text.get(..at).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let word = &before[before.rfind([' ', '\n', '(']).map_or(0, |k| k + 1)..];
    // Lengths first: most words before a role are articles.
    word.len() >= 4
        && words
            .iter()
            .any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
}

/// Words between a role and the country that holds it, after a comma or an opening bracket
/// (`the Presidency, held by Denmark`, `het voorzitterschap (in handen van Denemarken)`), or
/// none inside brackets (`the Presidency (Denmark)`).
const HELD_BY: &[&str] = &[
    "in handen van",
    "bekleed door",
    "vervuld door",
    "held by",
    "exercised by",
    "",
];

/// Words between a country and the role it holds: `Denmark, as Presidency`, `Denemarken, als
/// voorzitter`, `Denmark, which holds the Presidency`.
const HOLDS: &[&str] = &[
    "as",
    "als",
    "which holds the",
    "holding the",
    "in its capacity as",
];

/// The country that holds the role matched by `matches[i]`, as the words around it say.
fn holder<'g>(text: &str, gaz: &'g Gazetteer, matches: &[GazMatch], i: usize) -> Option<&'g str> {
    let m = &matches[i];
    let country = |j: usize| {
        matches
            .get(j)
            .and_then(|c| c.entry.and_then(|e| gaz.entries.get(e)))
            .filter(|e| e.kind == ActorKind::Country)
            .map(|e| e.id.as_str())
    };
    let words_are = |between: &str, set: &[&str]| {
        let words: Vec<&str> = between.split_whitespace().collect();
        set.iter().any(|s| {
            let want: Vec<&str> = s.split_whitespace().collect();
            want.len() == words.len()
                && want
                    .iter()
                    .zip(&words)
                    .all(|(a, b)| a.eq_ignore_ascii_case(b))
        })
    };
    if let Some(next) = matches.get(i + 1) {
        let between = text.get(m.end..next.start).unwrap_or("").trim_start();
        // Short: a look at a few bytes, not a search.
        if between.len() <= 16 {
            let inner = between.strip_prefix(['(', ',']);
            if let Some(inner) = inner {
                let bracket = between.starts_with('(');
                let inner = inner.trim();
                if (bracket || !inner.is_empty()) && words_are(inner, HELD_BY) {
                    return country(i + 1);
                }
            }
        }
    }
    let j = i.checked_sub(1)?;
    let prev = &matches[j];
    let between = text.get(prev.end..m.start)?;
    if between.len() > 24 {
        return None;
    }
    let inner = between.trim().strip_prefix(',')?.trim();
    let inner = ["the", "de", "het"]
        .iter()
        .find_map(|a| {
            inner
                .strip_suffix(a)
                .filter(|rest| rest.ends_with(' '))
                .map(str::trim_end)
        })
        .unwrap_or(inner);
    if words_are(inner, HOLDS) {
        return country(j);
    }
    // `Denemarken, dat het voorzitterschap van de Raad bekleedt`: a relative clause whose verb
    // says the country holds the role.
    (words_are(inner, &["dat", "die"]) && holding_verb_after(text, m.end))
        .then(|| country(j))
        .flatten()
}

/// Verbs that say a country holds a role, at the end of a relative clause.
const HOLDING_VERBS: &[&str] = &[
    "bekleedt",
    "bekleedde",
    "vervult",
    "vervulde",
    "heeft",
    "had",
];

/// Whether one of [`HOLDING_VERBS`] follows `at` within a few words, before any punctuation:
/// `(voorzitterschap) van de Raad bekleedt`.
fn holding_verb_after(text: &str, at: usize) -> bool {
    let rest = &text[at..crate::floor_boundary(text, at.saturating_add(48))];
    let clause = rest
        .split([',', '.', ';', ':', '(', '\n'])
        .next()
        .unwrap_or("");
    clause
        .split_whitespace()
        .take(6)
        .any(|w| HOLDING_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)))
}

/// Spans per call of [`mentions_in_part`].
const MENTION_PART: usize = 4096;

/// The mentions of `spans`, pushed to `out`; with `aliases`, each form not seen yet is passed
/// on as an alias.
///
/// Called per part of an actor's mentions for WebAssembly: V8 swaps in optimised code for a
/// function only when it is called again, and the first actors of a long report have tens of
/// thousands of mentions, which one call went through in the slow baseline code.
#[inline(never)]
fn mentions_in_part<'t>(
    text: &'t str,
    spans: &[Span],
    (index, section_cursor): (&SectionIndex, &mut usize),
    mut aliases: Option<(&mut HashSet<&'t str, FxBuild>, &mut impl FnMut(String))>,
    out: &mut Vec<Mention>,
) {
    // Most mentions repeat the form just before them: a comparison of a few bytes, where the
    // set would hash the form.
    let mut last: &str = "";
    for span in spans {
        let section = index.lookup_from(section_cursor, span.start);
        // A mention never runs into the next section (the schema's promise); a pattern that
        // reached past a heading keeps only the part before it.
        let range = match index.next_change(*section_cursor) {
            Some(change) if change < span.end => {
                let kept = text[span.start..change]
                    .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
                if kept.is_empty() {
                    continue;
                }
                Span::new(span.start, span.start + kept.len())
            }
            _ => *span,
        };
        let raw = &text[range.start..range.end];
        if let Some((seen, add_alias)) = aliases.as_mut() {
            if raw != last && seen.insert(raw) {
                add_alias(raw.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            last = raw;
        }
        out.push(Mention { range, section });
    }
}

/// [`slug`] of `s`, made once per distinct `s` and kept in `slugs`.
fn slug_once<'a>(slugs: &mut HashMap<&'a str, String>, s: &'a str) -> String {
    if let Some(known) = slugs.get(s) {
        return known.clone();
    }
    let made = slug(s);
    slugs.insert(s, made.clone());
    made
}

/// The document's language, by the language of the names found: free, since the gazetteer
/// already knows which language each alias belongs to. When the names do not tell (`DK, AT and
/// SE supported the proposal`: codes are no language's), by [`function_words`].
fn detect_language(text: &str, matches: &[GazMatch]) -> Lang {
    let (mut nl, mut en) = (0usize, 0usize);
    for m in matches {
        match m.lang {
            Lang::Nl => nl += 1,
            Lang::En => en += 1,
            Lang::Both | Lang::Unknown => {}
        }
    }
    if en == nl {
        return function_words(text);
    }
    if en > nl {
        Lang::En
    } else {
        Lang::Nl
    }
}

/// The language of the commonest small words in the first 8 KB of `text` (`the`, `and` against
/// `de`, `het`, `en`): Dutch when they tie, as the analyzer's first language.
fn function_words(text: &str) -> Lang {
    let head = &text.as_bytes()[..text.len().min(8192)];
    let (mut nl, mut en) = (0usize, 0usize);
    for word in head.split(|b| !b.is_ascii_alphabetic()) {
        if !(2..=4).contains(&word.len()) {
            continue;
        }
        let mut lower = [0u8; 4];
        lower[..word.len()].copy_from_slice(word);
        lower.make_ascii_lowercase();
        match &lower[..word.len()] {
            b"the" | b"and" | b"of" | b"to" | b"with" | b"was" => en += 1,
            b"de" | b"het" | b"en" | b"van" | b"een" | b"met" => nl += 1,
            _ => {}
        }
    }
    if en > nl {
        Lang::En
    } else {
        Lang::Nl
    }
}

/// Whether the match `m` of the entry `id` lies inside the span of a person or role whose
/// affiliation is that entry; `affiliated` is sorted by start.
fn affiliation_inside(affiliated: &[(Span, &str)], m: &GazMatch, id: &str) -> bool {
    let i = affiliated.partition_point(|(s, _)| s.start <= m.start);
    affiliated[..i]
        .iter()
        .rev()
        .take(4)
        .any(|(s, aff)| s.end >= m.end && *aff == id)
}

/// Whether `s` overlaps one of the sorted, mostly disjoint `spans` in part: neither holds the
/// other.
fn crosses(spans: &[Span], s: Span) -> bool {
    let i = spans.partition_point(|t| t.start < s.end);
    spans[..i].iter().rev().take(8).any(|t| {
        t.end > s.start
            && !(t.start <= s.start && s.end <= t.end)
            && !(s.start <= t.start && t.end <= s.end)
    })
}

/// Whether `start..end` overlaps any of the sorted, mostly disjoint `spans`.
fn overlaps(spans: &[Span], start: usize, end: usize) -> bool {
    let i = spans.partition_point(|s| s.end <= start);
    spans.get(i).is_some_and(|s| s.start < end)
        || spans[..i.min(spans.len())]
            .iter()
            .rev()
            .take(4)
            .any(|s| s.start < end && start < s.end)
}

/// Groups the hits' names: a name whose words end another name's words (`Holmberg`, `Álvarez
/// Ortega`) is that person, unless two people share the ending.
#[inline(never)]
fn merge_people(found: &Found) -> (Vec<Person>, Vec<Option<usize>>) {
    let mut keys: Vec<Vec<String>> = Vec::new();
    let mut display: Vec<String> = Vec::new();
    // The index of each hit's key in `keys`: folded once, looked up once.
    let mut key_of: Vec<usize> = Vec::with_capacity(found.persons.len());
    for hit in &found.persons {
        let key: Vec<String> = hit.tokens.iter().map(|t| fold(t)).collect();
        match keys.iter().position(|k| *k == key) {
            Some(k) => key_of.push(k),
            None => {
                key_of.push(keys.len());
                keys.push(key);
                display.push(hit.tokens.join(" "));
            }
        }
    }
    // A name that lost letters in decoding (`R�mi S�verac`) is the one name spelt in full
    // with as many letters and the others the same (`Rémi Séverac`), when there is one.
    let mut spelt: Vec<Option<usize>> = vec![None; keys.len()];
    for (k, key) in keys.iter().enumerate() {
        if !key.iter().any(|w| w.contains('\u{FFFD}')) {
            continue;
        }
        let mut clean = (0..keys.len()).filter(|&c| {
            c != k
                && keys[c].len() == key.len()
                && !keys[c].iter().any(|w| w.contains('\u{FFFD}'))
                && key.iter().zip(&keys[c]).all(|(a, b)| lost_letters_of(a, b))
        });
        if let (Some(c), None) = (clean.next(), clean.next()) {
            spelt[k] = Some(c);
        }
    }
    let mut order: Vec<usize> = (0..keys.len()).filter(|&k| spelt[k].is_none()).collect();
    // Of as many words, a name written out before one with initials, which may then join it.
    order.sort_by_key(|&k| (std::cmp::Reverse(keys[k].len()), is_initial(&keys[k][0])));
    let mut root: Vec<Option<usize>> = vec![None; keys.len()];
    let mut persons: Vec<Person> = Vec::new();
    for &k in &order {
        let mut owners: Vec<usize> = Vec::new();
        for (p, person) in persons.iter().enumerate() {
            let n = keys[k].len();
            if person.key.len() > n
                && person.key[person.key.len() - n..]
                    .iter()
                    .zip(&keys[k])
                    .all(|(a, b)| lost_letters_of(b, a))
                || initials_of(&keys[k], &person.key)
            {
                owners.push(p);
            }
        }
        root[k] = Some(if owners.len() == 1 {
            owners[0]
        } else {
            persons.push(Person {
                name: display[k].clone(),
                key: keys[k].clone(),
                role: None,
                affiliation: None,
                mentions: Vec::new(),
                aliases: Vec::new(),
            });
            persons.len() - 1
        });
    }
    for k in 0..keys.len() {
        if let Some(c) = spelt[k] {
            root[k] = root[c];
        }
    }
    let mut hit_owner = Vec::with_capacity(found.persons.len());
    // The roles each person is named with, in order.
    let mut roles: Vec<Vec<&str>> = vec![Vec::new(); persons.len()];
    for (hit, &k) in found.persons.iter().zip(&key_of) {
        let p = root[k];
        hit_owner.push(p);
        let Some(p) = p else {
            continue;
        };
        let person = &mut persons[p];
        person.mentions.push(hit.mention);
        person.aliases.push(hit.alias.clone());
        if let Some(role) = &hit.role {
            roles[p].push(role);
        }
        if person.affiliation.is_none() {
            person.affiliation = hit.affiliation.clone();
        }
    }
    for (person, roles) in persons.iter_mut().zip(&roles) {
        person.role = main_role(roles).map(str::to_string);
    }
    (persons, hit_owner)
}

/// Whether the folded word `damaged` is `word`, or `word` with letters lost in decoding: as
/// many characters, each the same or U+FFFD in `damaged`, and two at least kept
/// (`s�verac` of `severac`).
fn lost_letters_of(damaged: &str, word: &str) -> bool {
    if damaged == word {
        return true;
    }
    if !damaged.contains('\u{FFFD}') {
        return false;
    }
    let mut kept = 0;
    let mut a = damaged.chars();
    let mut b = word.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return kept >= 2,
            (Some('\u{FFFD}'), Some(_)) => {}
            (Some(x), Some(y)) if x == y => kept += 1,
            _ => return false,
        }
    }
}

/// Whether a folded name's word is an initial or several (`m.`, `m.j.`).
fn is_initial(word: &str) -> bool {
    word.len() >= 2
        && word.ends_with('.')
        && word
            .split_terminator('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Whether the folded name `short` is `long` with its first names as initials (`m.
/// teeuwen-baaij` of `marjolein teeuwen-baaij`, `a.m. de vries` of `anna maria de vries`): the
/// same surname words, and the initials the first letters of the first names before them, in
/// order (a Dutch signature's initials stand for all given names, the text may write out the
/// first only: `M.J. Teeuwen` of `Marjolein Teeuwen`). A signature often names the person the
/// text names in full.
fn initials_of(short: &[String], long: &[String]) -> bool {
    let given = short.iter().take_while(|w| is_initial(w)).count();
    if given == 0 || given == short.len() || long.len() < short.len() {
        return false;
    }
    let surname = &short[given..];
    if !long.ends_with(surname) {
        return false;
    }
    let first_names = &long[..long.len() - surname.len()];
    let letters: Vec<char> = short[..given]
        .iter()
        .flat_map(|w| w.split_terminator('.').filter_map(|p| p.chars().next()))
        .collect();
    !first_names.is_empty()
        && !first_names.iter().any(|w| is_initial(w))
        && letters
            .iter()
            .zip(first_names)
            .all(|(&c, name)| name.starts_with(c))
}

/// Whether a person's `role` is the unnamed role `title` of a country: the same words, once the
/// country `adjective` that may open it is set aside (`Bulgarian Minister for Finance` holds
/// `Minister for Finance`); a one-word title is held by a role it opens (`Estonian Minister
/// of Finance` holds `minister`, `Prime Minister` does not).
fn holds_role(role: &str, adjective: &str, title: &str) -> bool {
    let role = role.trim();
    let role = match role.get(..adjective.len()) {
        Some(head)
            if !adjective.is_empty()
                && head.eq_ignore_ascii_case(adjective)
                && role.as_bytes().get(adjective.len()) == Some(&b' ') =>
        {
            role[adjective.len() + 1..].trim_start()
        }
        _ => role,
    };
    if role.eq_ignore_ascii_case(title) {
        return true;
    }
    !title.contains(' ')
        && role
            .get(..title.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(title))
        && role.as_bytes().get(title.len()) == Some(&b' ')
}

/// Whether `role` is the one-word `title` with its portfolio (`Minister for Agriculture`,
/// `Minister of Finance` of `Minister`).
fn opens_portfolio(role: &str, title: &str) -> bool {
    // Dutch names a Commissioner `Eurocommissaris voor Handel` and calls him `de Commissaris`
    // after: the title may follow `Euro` in one word.
    let opens = |role: &str| {
        role.get(..title.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(title))
            && [" for ", " of ", " voor ", " van "]
                .iter()
                .any(|w| role[title.len()..].starts_with(w))
    };
    let after_euro = match role.get(..4) {
        Some(euro) if euro.eq_ignore_ascii_case("euro") => Some(&role[4..]),
        _ => None,
    };
    !title.contains(' ') && (opens(role) || after_euro.is_some_and(opens))
}

/// The role a person is named with most often, a bare title counting for each fuller role
/// it opens (`Minister` for `Minister van Financiën`); of as many, the longest, then the
/// first. A letter's signature names the Minister-president once by his ministry as well
/// (`De Minister-president,` ⏎ `Minister van Algemene Zaken,`); the text calls him
/// `Minister-president Schoof`. A person has few roles: the pairs are few.
fn main_role<'a>(roles: &[&'a str]) -> Option<&'a str> {
    let opens_at_start = |title: &str, role: &str| {
        role.len() >= title.len()
            && role.is_char_boundary(title.len())
            && role[..title.len()].eq_ignore_ascii_case(title)
            && (role.len() == title.len() || role.as_bytes()[title.len()] == b' ')
    };
    // `Minister Charalambides` is the `Cypriot Minister of Finance` too: the title may follow
    // one word (a country's adjective) of the fuller role.
    let opens = |title: &str, role: &str| {
        opens_at_start(title, role)
            || !title.contains(' ')
                && role
                    .split_once(' ')
                    .is_some_and(|(_, rest)| opens_at_start(title, rest))
    };
    // A bare `Member` (a board's table heads its column so) says least: any other role the
    // text names the person with says more (`Chair`).
    let bare_member = |role: &str| {
        ["member", "lid"]
            .iter()
            .any(|m| role.eq_ignore_ascii_case(m))
    };
    let mut best: Option<(bool, usize, usize, &str)> = None;
    for &role in roles.iter().take(16) {
        let votes = roles.iter().take(16).filter(|t| opens(t, role)).count();
        let length = role.chars().count();
        let rank = (!bare_member(role), votes, length);
        if best.is_none_or(|(s, v, l, _)| rank > (s, v, l)) {
            best = Some((rank.0, votes, length, role));
        }
    }
    best.map(|(_, _, _, role)| role)
}

/// Later mentions of a person by surname alone, or by a shorter form of the name, and of the
/// `acronyms` defined in the text; an acronym's owner is `persons.len()` plus its index.
#[inline(never)]
fn find_surnames(
    text: &str,
    persons: &[Person],
    acronyms: &[&str],
    claimed: &[Span],
) -> Vec<(usize, Span)> {
    let mut forms: Vec<String> = Vec::new();
    let mut owner: Vec<Option<usize>> = Vec::new();
    for (p, person) in persons.iter().enumerate() {
        let words: Vec<&str> = person.name.split(' ').collect();
        for start in 0..words.len() {
            let first_key = fold(words[start]);
            if start > 0 && is_particle_key(&fold(words[start - 1])) && !is_particle_key(&first_key)
            {
                // `Berg` alone is not `van der Berg`.
                continue;
            }
            if words[start].ends_with('.') {
                continue;
            }
            let mut variants = vec![words[start..].join(" ")];
            if is_particle_key(&first_key) {
                // `van der Berg` stands as `Van der Berg` without a first name.
                let mut capital = String::new();
                let mut chars = words[start].chars();
                if let Some(c) = chars.next() {
                    capital.extend(c.to_uppercase());
                    capital.push_str(chars.as_str());
                }
                let mut rest = vec![capital.as_str()];
                rest.extend(&words[start + 1..]);
                variants.push(rest.join(" "));
            }
            for form in variants {
                match forms.iter().position(|f| *f == form) {
                    Some(i) => {
                        if owner[i] != Some(p) {
                            owner[i] = None;
                        }
                    }
                    None => {
                        forms.push(form);
                        owner.push(Some(p));
                    }
                }
            }
        }
    }
    // A set: a text may define thousands of acronyms.
    let mut known: HashSet<String> = forms.iter().cloned().collect();
    for (a, &acronym) in acronyms.iter().enumerate() {
        if known.insert(acronym.to_string()) {
            forms.push(acronym.to_string());
            owner.push(Some(persons.len() + a));
        }
    }
    if forms.is_empty() {
        return Vec::new();
    }
    let Ok(automaton) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&forms)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    super::find_by_parts(&automaton, &forms, text, |m| {
        let (start, end) = (m.start(), m.end());
        let Some(p) = owner[m.pattern().as_usize()] else {
            return;
        };
        if at_word_boundary(text, start, end) && !overlaps(claimed, start, end) {
            out.push((p, Span::new(start, end)));
        }
    });
    out
}

/// Records that person `p` holds `key` in `map`: the one holder, or `None` once two do.
fn hold<K: Eq + std::hash::Hash>(map: &mut HashMap<K, Option<usize>>, key: K, p: usize) {
    let slot = map.entry(key).or_insert(Some(p));
    if *slot != Some(p) {
        *slot = None;
    }
}

/// The country a person's mention `m` says the person represented: `represented <country>`
/// right after it (a post-nominal such as `T.D.` and a comma between), or `<country> was
/// represented by` right before it.
/// The organisation of the gazetteer right before the bracket that opens with the person's
/// mention `m`, after at most a few words in lower case (a title): `Het Europees Parlement
/// (rapporteur Giulia Ferraresi)`, `de Commissie (eurocommissaris Ana Ruiz)`.
fn bracketed_under_body<'g>(
    text: &str,
    gaz: &'g Gazetteer,
    matches: &[GazMatch],
    m: Span,
) -> Option<&'g str> {
    const MAX_TITLE: usize = 40;
    // The closing bracket first, and the opening one looked for no further back than a title
    // may be long: a text of names on one line has no bracket to find.
    if !text.get(m.end..)?.starts_with(')') {
        return None;
    }
    let before = text.get(..m.start)?;
    let floor = crate::floor_boundary(before, m.start.saturating_sub(MAX_TITLE + 1));
    let open = floor + before[floor..].rfind('(')?;
    let title = &before[open + 1..];
    if title.len() > MAX_TITLE
        || !title
            .split_whitespace()
            .all(|w| w.chars().all(char::is_lowercase))
    {
        return None;
    }
    let end = before[..open].trim_end_matches(' ').len();
    let k = matches.partition_point(|g| g.end < end);
    let g = matches.get(k).filter(|g| g.end == end)?;
    let entry = gaz.entries.get(g.entry?)?;
    (entry.kind == ActorKind::Organization).then_some(entry.id.as_str())
}

fn represented_country<'g>(
    text: &str,
    gaz: &'g Gazetteer,
    matches: &[GazMatch],
    m: Span,
) -> Option<&'g str> {
    let country_at = |start: Option<usize>, end: Option<usize>| {
        let k = match start {
            Some(s) => matches.partition_point(|g| g.start < s),
            None => matches.partition_point(|g| g.end < end.unwrap_or(0)),
        };
        let g = matches.get(k)?;
        if start.is_some_and(|s| g.start != s) || end.is_some_and(|e| g.end != e) {
            return None;
        }
        let entry = gaz.entries.get(g.entry?)?;
        (entry.kind == ActorKind::Country).then_some(entry.id.as_str())
    };
    const AFTER: &str = "represented ";
    let rest = &text[m.end..crate::floor_boundary(text, m.end.saturating_add(32))];
    if let Some(at) = rest.find(AFTER) {
        // Nothing in lower case between: `, `, ` T.D., `, ` MP `.
        if rest[..at].chars().all(|c| !c.is_lowercase()) {
            return country_at(Some(m.end + at + AFTER.len()), None);
        }
    }
    let before = &text[..m.start];
    let before = before.strip_suffix("the ").unwrap_or(before);
    let before = before.strip_suffix(" was represented by ")?;
    country_at(None, Some(before.len()))
}

/// Whether `body` is a board or institution by its noun alone (`The Board`, `the Court`),
/// which stands for one named before.
fn is_bare_board(body: &BodyHit) -> bool {
    BOARD_HEADS.contains(&body.name.as_str()) || ANAPHOR_HEADS.contains(&body.name.as_str())
}

/// Adds each of `anaphors` (`the Court`, alone) to the organisation of the gazetteer whose
/// English name holds its noun (`European Court of Auditors`) and that was mentioned last
/// before it; with none mentioned before, it is no mention of anyone.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn place_anaphors(
    gaz: &Gazetteer,
    anaphors: &[&BodyHit],
    per_entry: &mut [Vec<Span>],
    first_seen: &[usize],
) {
    for body in anaphors {
        let at = body.span.start;
        let last_before = |e: usize| {
            let spans = &per_entry[e];
            let k = spans.partition_point(|s| s.start < at);
            k.checked_sub(1).map(|k| spans[k].start)
        };
        let holds_noun = |e: usize| {
            gaz.entries[e].kind == ActorKind::Organization
                && gaz.entries[e]
                    .name_en
                    .split(' ')
                    .any(|w| w == body.name.as_str())
        };
        let best = first_seen
            .iter()
            .copied()
            .filter(|&e| e < per_entry.len() && holds_noun(e))
            .filter_map(|e| Some((last_before(e)?, e)))
            .max();
        if let Some((_, e)) = best {
            // In order: the next anaphor looks for the last mention before it.
            let k = per_entry[e].partition_point(|s| s.start < at);
            per_entry[e].insert(k, body.span);
        }
    }
}

/// The noun of a board's name: `Board` in `Management Board`, `Committee` in `Committee on
/// Budgets` and in `Special Committee on Agriculture`.
fn board_head(name: &str) -> Option<&'static str> {
    BOARD_HEADS.into_iter().find(|head| {
        name.ends_with(head)
            && name.len() > head.len()
            && name[..name.len() - head.len()].ends_with(' ')
            || name.starts_with(head) && name[head.len()..].starts_with(' ')
            || name
                .split(' ')
                .skip(1)
                .position(|w| w == *head)
                .is_some_and(|k| {
                    // Before its topic: `Special Committee on …`, `Working Party for …`.
                    matches!(name.split(' ').nth(k + 2), Some("on" | "for" | "of"))
                })
    })
}

/// The nouns that make a body's name an agency's, whose report may call it by the noun.
const AGENCY_NOUNS: [&str; 8] = [
    "Agency",
    "Authority",
    "Office",
    "Agentschap",
    "Autoriteit",
    "Bureau",
    "Inspectie",
    "Inspectorate",
];

/// The id of the gazetteer's stand-in for a report's own agency (`the Agency`).
const SELF_AGENCY: &str = "self:agency";

/// How far into the text the agency whose report it is must be named: its cover or title.
const OWN_AGENCY_REACH: usize = 400;

/// Moves the mentions of `the Agency` to the agency the report opens with (`European
/// Chemicals Agency`, named in its first [`OWN_AGENCY_REACH`] bytes), or drops them when it
/// opens with none: in another report `the Agency` may be any agency named before. Returns
/// the mentions it could not place (for an agency no list knows), and the agency's entry.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn own_agency(
    text: &str,
    gaz: &Gazetteer,
    per_entry: &mut [Vec<Span>],
    first_seen: &[usize],
    body_first: Option<usize>,
) -> (Vec<Span>, Option<usize>) {
    let Some(stand_in) = gaz.entries.iter().position(|e| e.id == SELF_AGENCY) else {
        return (Vec::new(), None);
    };
    let Some(spans) = per_entry.get_mut(stand_in).map(std::mem::take) else {
        return (Vec::new(), None);
    };
    // The report's own agency is found even when it never calls itself by the noun alone: a
    // signatory of its report is its officer.
    let head = &text[..crate::floor_boundary(text, OWN_AGENCY_REACH)];
    let own = first_seen.iter().copied().find(|&e| {
        let (Some(entry), Some(first)) =
            (gaz.entries.get(e), per_entry.get(e).and_then(|s| s.first()))
        else {
            return false;
        };
        // Its name as written or as listed says it is an agency (`EMSA` is listed by its
        // acronym, and written out on its report's cover).
        let written = &head[first.start.min(head.len())..first.end.min(head.len())];
        first.end <= head.len()
            && entry.kind == ActorKind::Organization
            && AGENCY_NOUNS.iter().any(|w| {
                written.contains(w) || entry.name_en.contains(w) || entry.name_nl.contains(w)
            })
    });
    let own = own.filter(|&e| {
        let first = per_entry
            .get(e)
            .and_then(|s| s.first())
            .map_or(0, |s| s.start);
        body_first.is_none_or(|b| first < b)
    });
    let Some(e) = own else {
        return (spans, None);
    };
    let (Some(entry), Some(first)) = (gaz.entries.get(e), per_entry.get(e).and_then(|s| s.first()))
    else {
        return (spans, None);
    };
    let written = &head[first.start.min(head.len())..first.end.min(head.len())];
    // `de Inspectie` of an authority's report is another body: each noun goes to an own agency
    // of that noun only.
    let (mine, others): (Vec<Span>, Vec<Span>) = spans.into_iter().partition(|span| {
        let noun = stand_in_noun(text, *span);
        [written, entry.name_en.as_str(), entry.name_nl.as_str()]
            .iter()
            .any(|name| names_noun(name, noun))
    });
    if let Some(list) = per_entry.get_mut(e) {
        list.extend(mine);
        list.sort();
    }
    (others, own)
}

/// A body of the gazetteer named on the cover in capitals (`EUROPEAN FISHERIES CONTROL
/// AGENCY`, a line of its own in the first [`OWN_AGENCY_REACH`] bytes), which the gazetteer's
/// scan, matching the case of a name's letters, does not see: a mention of that body, so that
/// the report's `the Agency` is it.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn cover_in_capitals(
    text: &str,
    gaz: &Gazetteer,
    per_entry: &mut [Vec<Span>],
    first_seen: &mut Vec<usize>,
) {
    let head = &text[..crate::floor_boundary(text, OWN_AGENCY_REACH)];
    let mut line_start = 0;
    for line in head.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        if !line.ends_with('\n') {
            // The line runs on past the head.
            break;
        }
        let trimmed = line.trim_end().trim_matches(['*', '#', ' ', '_']);
        let letters = || trimmed.chars().filter(|c| c.is_alphabetic());
        if trimmed.len() < 8
            || !trimmed.contains(' ')
            || letters().any(char::is_lowercase)
            || letters().count() < 6
        {
            continue;
        }
        let found = gaz.entries.iter().position(|e| {
            e.kind == ActorKind::Organization
                && [&e.name_en, &e.name_nl].iter().any(|n| {
                    n.len() == trimmed.len()
                        && n.chars()
                            .zip(trimmed.chars())
                            .all(|(a, b)| a.to_uppercase().eq(b.to_uppercase()))
                })
        });
        let Some(e) = found else {
            continue;
        };
        let Some(spans) = per_entry.get_mut(e) else {
            continue;
        };
        let at = start + line.find(trimmed).unwrap_or(0);
        let span = Span::new(at, at + trimmed.len());
        if spans.iter().any(|s| s.start < OWN_AGENCY_REACH) {
            return;
        }
        spans.insert(0, span);
        if let Some(i) = first_seen.iter().position(|&x| x == e) {
            first_seen.remove(i);
        }
        first_seen.insert(0, e);
        return;
    }
}

/// `The Members of the Board`, `the members of the Advisory Board`: the board's, not the
/// members of whatever body (`collective:members`). The mention of the members and the board's
/// after it become one mention of the board.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn members_of_boards(text: &str, builders: &mut HashMap<String, Builder>) {
    let Some(members) = builders.get("collective:members") else {
        return;
    };
    // Where the board's name would start after each mention of the members.
    let wanted: Vec<(Span, usize)> = members
        .mentions
        .iter()
        .filter_map(|m| {
            let rest = &text[m.end.min(text.len())..];
            let after = rest
                .strip_prefix(" of the ")
                .or_else(|| rest.strip_prefix(" of "))?;
            Some((*m, text.len() - after.len()))
        })
        .collect();
    if wanted.is_empty() {
        return;
    }
    // The boards' mentions by their start: one pass over them, however many there are.
    let mut boards: HashMap<usize, (String, Span)> = HashMap::new();
    for (id, b) in builders.iter() {
        if b.kind == ActorKind::Organization && board_head(&b.name).is_some() {
            for s in &b.mentions {
                boards.insert(s.start, (id.clone(), *s));
            }
        }
    }
    let mut gone: std::collections::HashSet<Span> = std::collections::HashSet::new();
    let mut joined: Vec<(String, Span)> = Vec::new();
    for (m, at) in wanted {
        if let Some((id, board)) = boards.get(&at) {
            gone.insert(m);
            gone.insert(*board);
            joined.push((id.clone(), Span::new(m.start, board.end)));
        }
    }
    if joined.is_empty() {
        return;
    }
    for b in builders.values_mut() {
        b.mentions.retain(|s| !gone.contains(s));
    }
    for (id, span) in joined {
        if let Some(b) = builders.get_mut(&id) {
            b.mentions.push(span);
        }
    }
    if builders
        .get("collective:members")
        .is_some_and(|b| b.mentions.is_empty())
    {
        builders.remove("collective:members");
    }
}

/// The noun of a mention of the report's own agency: `Autoriteit` of `de Autoriteit`.
fn stand_in_noun(text: &str, span: Span) -> &str {
    let words = text.get(span.start..span.end).unwrap_or("");
    words.rsplit(' ').next().unwrap_or(words)
}

/// Whether the name `name` holds the noun `noun`, as a word or as the end of a compound
/// (`Kansspelautoriteit` holds `Autoriteit`), whatever the case of its first letter.
fn names_noun(name: &str, noun: &str) -> bool {
    let (Some(first), rest) = (noun.chars().next(), noun.get(1..).unwrap_or("")) else {
        return false;
    };
    if rest.is_empty() || !first.is_ascii() {
        return false;
    }
    name.match_indices(rest).any(|(at, _)| {
        at >= 1
            && name.as_bytes()[at - 1].eq_ignore_ascii_case(&(first as u8))
            && !name
                .as_bytes()
                .get(at + rest.len())
                .is_some_and(u8::is_ascii_alphabetic)
    })
}

/// The first cell of the Markdown table row that holds `pos`, trimmed, when it is not the cell
/// of `pos` itself: `| Belgium | Mr Koen De Smet | …` → `Belgium` for the name.
fn first_cell_of_row(text: &str, pos: usize) -> Option<Span> {
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[..pos]).map_or(0, |i| i + 1);
    let lead = bytes[line_start..pos]
        .iter()
        .take_while(|b| **b == b' ')
        .count();
    let open = line_start + lead;
    if bytes.get(open) != Some(&b'|') {
        return None;
    }
    let close = open + 1 + memchr::memchr(b'|', &bytes[open + 1..pos])?;
    let cell = &text[open + 1..close];
    let start = open + 1 + (cell.len() - cell.trim_start().len());
    let end = close - (cell.len() - cell.trim_end().len());
    (start < end).then(|| Span::new(start, end))
}

/// A person named with a known body or country in brackets right after a mention (`Henrik
/// Aalto (Renew)` under `Rapporteur:`, `Lukas Berger (Commission)` in a list of speakers) belongs
/// to it, when nothing else says whose the person is; the bracket names no office, so it is no
/// role either (an attendance line's `(Chair)` is one).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn bracketed_bodies(
    text: &str,
    gaz: &Gazetteer,
    matches: &[GazMatch],
    builders: &mut HashMap<String, Builder>,
) {
    let bytes = text.as_bytes();
    for b in builders.values_mut() {
        if b.kind != ActorKind::Person || b.affiliation.is_some() {
            continue;
        }
        let found = b.mentions.iter().find_map(|m| {
            let open = m.end + 2;
            if bytes.get(m.end..open) != Some(b" (") {
                return None;
            }
            let i = matches.partition_point(|g| g.start < open);
            let g = matches.get(i).filter(|g| g.start == open)?;
            let entry = gaz.entries.get(g.entry?)?;
            (matches!(entry.kind, ActorKind::Country | ActorKind::Organization)
                && bytes.get(g.end) == Some(&b')'))
            .then(|| (entry.id.clone(), &text[g.start..g.end]))
        });
        if let Some((id, written)) = found {
            if b.role.as_deref() == Some(written) {
                b.role = None;
            }
            b.affiliation = Some(id);
        }
    }
}

/// A person named in a Markdown table whose row opens on a country (`| Belgium | Mr Koen De
/// Smet | Ms Ilse Peeters |`, a management board's members by member state) belongs to that
/// country, when nothing else says whose the person is; so does one in a grid of participants
/// set by spaces, under the country's cell (`Belgium      Bulgaria` ⏎ `Ms A      Mr B`). A
/// label with its colon (`Belgium:`) is persons.rs's `delegation_labels`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn table_row_countries(text: &str, builders: &mut HashMap<String, Builder>) {
    let in_rows: Vec<(String, Span)> = builders
        .iter()
        .filter(|(_, b)| b.kind == ActorKind::Person && b.affiliation.is_none())
        .filter_map(|(id, b)| {
            let first = b.mentions.iter().min()?;
            let cell = first_cell_of_row(text, first.start)
                .or_else(|| super::persons::cell_above(text, first.start))
                .or_else(|| super::persons::line_above(text, *first))?;
            Some((id.clone(), cell))
        })
        .collect();
    if in_rows.is_empty() {
        return;
    }
    let countries: HashMap<Span, String> = builders
        .iter()
        .filter(|(_, b)| b.kind == ActorKind::Country)
        .flat_map(|(id, b)| b.mentions.iter().map(move |m| (*m, id.clone())))
        .collect();
    for (id, cell) in in_rows {
        if let (Some(country), Some(person)) = (countries.get(&cell), builders.get_mut(&id)) {
            person.affiliation = Some(country.clone());
        }
    }
}

/// The headers of a table's column that holds its people's roles (`| Naam | Functie | Lid
/// sinds |`), in lower case.
const ROLE_HEADERS: [&str; 8] = [
    "functie",
    "rol",
    "hoedanigheid",
    "role",
    "function",
    "position",
    "title",
    "functie/rol",
];

/// The most lines a table's header is looked for above one of its rows: a members' table is
/// short; a long table's late rows go without.
const TABLE_HEADER_REACH: usize = 80;

/// The longest table row whose role column is read, in bytes either side of a mention.
const MAX_ROW: usize = 600;

/// The cells of the Markdown table row `line` (`| a | b |`), each a span into `text` from
/// `at`, trimmed; `None` when `line` is no table row.
fn row_cells(line: &str, at: usize) -> Option<Vec<Span>> {
    let lead = line.len() - line.trim_start().len();
    let row = line.trim();
    let inner = row.strip_prefix('|')?;
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = Vec::new();
    let mut from = at + lead + 1;
    for cell in inner.split('|') {
        let start = from + (cell.len() - cell.trim_start().len());
        let end = (from + cell.len() - (cell.len() - cell.trim_end().len())).max(start);
        cells.push(Span::new(start, end));
        from += cell.len() + 1;
    }
    Some(cells)
}

/// The headers of a table's column that holds its people's countries (`| Name | Role | Member
/// state |`), in lower case.
const COUNTRY_HEADERS: [&str; 7] = [
    "member state",
    "country",
    "nationality",
    "lidstaat",
    "land",
    "nationaliteit",
    "delegation",
];

/// The Markdown table row around the mention `m`: its cells, the table's header cells, and
/// the column of the mention.
fn table_row_of(text: &str, m: Span) -> Option<(Vec<Span>, Vec<Span>, usize)> {
    let bytes = text.as_bytes();
    // A table's row is short: the line's ends are looked for a few hundred bytes around the
    // mention only, never back to the start of a text on one line.
    let from = m.start.saturating_sub(MAX_ROW);
    let to = (m.end + MAX_ROW).min(text.len());
    let line_start = memchr::memrchr(b'\n', &bytes[from..m.start])
        .map(|i| from + i + 1)
        .or((from == 0).then_some(0))?;
    let line_end = memchr::memchr(b'\n', &bytes[m.end..to])
        .map(|i| m.end + i)
        .or((to == text.len()).then_some(to))?;
    let cells = row_cells(&text[line_start..line_end], line_start)?;
    let column = cells
        .iter()
        .position(|c| c.start <= m.start && m.end <= c.end)?;
    // The table's header: the row right above its rule (`|---|---|`), blank lines between the
    // rows allowed.
    let mut end = line_start;
    let mut rows: Vec<(usize, usize)> = Vec::new();
    for _ in 0..TABLE_HEADER_REACH {
        if end == 0 {
            break;
        }
        let from = (end - 1).saturating_sub(MAX_ROW);
        let Some(start) = memchr::memrchr(b'\n', &bytes[from..end - 1])
            .map(|i| from + i + 1)
            .or((from == 0).then_some(0))
        else {
            break;
        };
        let row_end = end - 1;
        let l = text[start..row_end].trim();
        end = start;
        if l.is_empty() {
            continue;
        }
        if !l.starts_with('|') {
            break;
        }
        rows.push((start, row_end));
    }
    let rule = rows.iter().position(|&(s, e)| {
        let l = text[s..e].trim();
        l.contains("--") && l.bytes().all(|c| matches!(c, b'|' | b'-' | b':' | b' '))
    })?;
    let &(hs, he) = rows.get(rule + 1)?;
    let header = row_cells(&text[hs..he], hs)?;
    Some((cells, header, column))
}

/// The column of `header` whose title is one of `titles`.
fn header_column(text: &str, header: &[Span], titles: &[&str]) -> Option<usize> {
    header.iter().position(|c| {
        let h = text[c.start..c.end].trim_matches('*').to_lowercase();
        titles.contains(&h.as_str())
    })
}

/// A person named in a Markdown table with a column for roles (`| Naam | Functie | Lid sinds
/// |`, `| Name | Role |`), as an annual report lists its board, holds the role its row gives
/// in that column (`voorzitter`, `lid, voorzitter auditcommissie`), when nothing else gave one;
/// and the country its row names in a column for countries (`| Member state |`), when nothing
/// else gave an affiliation.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn table_row_roles(text: &str, builders: &mut HashMap<String, Builder>) {
    // The role cells read: an office found there (`| Deputy Chair | Ms … |`) is the row's
    // person's, no role of its own.
    let mut role_cells: Vec<Span> = Vec::new();
    // Each person's row: the role its role cell gives, and its country cell.
    let mut rows: Vec<(String, Option<String>, Option<Span>)> = Vec::new();
    for (id, b) in builders.iter() {
        if b.kind != ActorKind::Person || b.role.is_some() && b.affiliation.is_some() {
            continue;
        }
        let found = b.mentions.iter().take(4).find_map(|&m| {
            let (cells, header, column) = table_row_of(text, m)?;
            let role = header_column(text, &header, &ROLE_HEADERS)
                .filter(|&c| c != column && b.role.is_none())
                .and_then(|c| cells.get(c))
                .and_then(|cell| {
                    let value = text[cell.start..cell.end].trim_matches('*').trim();
                    role_cells.push(*cell);
                    (!value.is_empty()
                        && value.len() <= 60
                        && value != "-"
                        && !value.bytes().any(|c| c.is_ascii_digit()))
                    .then(|| value.to_string())
                });
            let country = header_column(text, &header, &COUNTRY_HEADERS)
                .filter(|&c| c != column && b.affiliation.is_none())
                .and_then(|c| cells.get(c).copied());
            (role.is_some() || country.is_some()).then_some((role, country))
        });
        if let Some((role, country)) = found {
            rows.push((id.clone(), role, country));
        }
    }
    // The countries' mentions, for the country cells; only when a table has such a column.
    let mut countries: Vec<(Span, String)> = Vec::new();
    if rows.iter().any(|(_, _, cell)| cell.is_some()) {
        countries = builders
            .iter()
            .filter(|(_, b)| b.kind == ActorKind::Country)
            .flat_map(|(id, b)| b.mentions.iter().map(move |m| (*m, id.clone())))
            .collect();
        countries.sort_unstable_by_key(|(m, _)| m.start);
    }
    for (id, role, cell) in rows {
        let country = cell.and_then(|cell| {
            let k = countries.partition_point(|(s, _)| s.start < cell.start);
            countries
                .get(k)
                .filter(|(s, _)| s.end <= cell.end)
                .map(|(_, id)| id.clone())
        });
        if let Some(b) = builders.get_mut(&id) {
            if b.role.is_none() {
                b.role = role;
            }
            if b.affiliation.is_none() {
                b.affiliation = country;
            }
        }
    }
    if role_cells.is_empty() {
        return;
    }
    let mut emptied = Vec::new();
    for (id, b) in builders.iter_mut() {
        if b.kind == ActorKind::Role {
            b.mentions.retain(|m| {
                !role_cells
                    .iter()
                    .any(|c| c.start <= m.start && m.end <= c.end)
            });
            if b.mentions.is_empty() {
                emptied.push(id.clone());
            }
        }
    }
    for id in emptied {
        builders.remove(&id);
    }
}

/// The phrases between a country that opens a sentence and the person who sat for it:
/// `Nederland werd tijdens deze Raad vertegenwoordigd door de Permanent Vertegenwoordiger, …`.
const REPRESENTED_BY: [&str; 2] = ["vertegenwoordigd door", "represented by"];

/// A person the sentence names as the one who represented a country at the meeting (`Nederland
/// werd vertegenwoordigd door de Permanent Vertegenwoordiger, ambassadeur X`, `Ireland was
/// represented by Minister of State Y`) belongs to that country, when nothing else says whose
/// the person is: the country opens the sentence, and no full stop stands between. A
/// country that the title gave (a Dutch minister's title is the Netherlands' by default)
/// gives way to the one the sentence names: `België werd vertegenwoordigd door minister van
/// Buitenlandse Zaken X`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn represented_countries(text: &str, builders: &mut HashMap<String, Builder>) {
    let bytes = text.as_bytes();
    // A cheap test first: few texts say so.
    if memchr::memmem::find(bytes, b"vertegenwoordigd door").is_none()
        && memchr::memmem::find(bytes, b"represented by").is_none()
    {
        return;
    }
    let unaffiliated: Vec<(String, Span)> = builders
        .iter()
        .filter(|(_, b)| b.kind == ActorKind::Person && country_or_none(b))
        .flat_map(|(id, b)| b.mentions.iter().map(move |m| (id.clone(), *m)))
        .collect();
    if unaffiliated.is_empty() {
        return;
    }
    let mut countries: Vec<(Span, &str)> = builders
        .iter()
        .filter(|(_, b)| b.kind == ActorKind::Country)
        .flat_map(|(id, b)| b.mentions.iter().map(move |m| (*m, id.as_str())))
        .collect();
    countries.sort_unstable_by_key(|(m, _)| m.start);
    let mut found: Vec<(String, String, bool)> = Vec::new();
    for (person, m) in unaffiliated {
        // The country: the last before the mention, opening its sentence.
        let k = countries.partition_point(|(c, _)| c.start < m.start);
        let Some(&(c, country)) = k.checked_sub(1).and_then(|k| countries.get(k)) else {
            continue;
        };
        let between = &text[c.end..m.start];
        let opens = text[..c.start]
            .trim_end_matches([' ', '\t'])
            .ends_with(['.', '\n', '!', '?'])
            || c.start == 0;
        if between.len() <= 120
            && opens
            && !between.contains(['.', ';', ':'])
            && REPRESENTED_BY.iter().any(|p| between.contains(p))
        {
            // Only the first one named after the phrase may lose a country it had: `Ierland
            // werd vertegenwoordigd door minister X en de Franse minister Y` says nothing new
            // of Y.
            let first = !between.contains(" en ") && !between.contains(" and ");
            found.push((person, country.to_string(), first));
        }
    }
    // The first sentence that names the person so decides.
    let mut decided: HashSet<String> = HashSet::new();
    for (person, country, first) in found {
        if let Some(b) = builders.get_mut(&person) {
            let settable = b.affiliation.is_none() || first && country_or_none(b);
            if settable && decided.insert(person) {
                b.affiliation = Some(country);
            }
        }
    }
}

/// Whether a builder's affiliation is a country or none: one that a sentence saying whom the
/// person represented may set.
fn country_or_none(b: &Builder) -> bool {
    b.affiliation
        .as_deref()
        .is_none_or(|a| a.starts_with("country:"))
}

/// The offices an agency's own report names without saying whose they are (`The Executive
/// Director, Nina Berg,`): the agency's. In lower case.
const AGENCY_OFFICES: [&str; 7] = [
    "executive director",
    "deputy executive director",
    "uitvoerend directeur",
    "director",
    "directeur",
    "inspecteur-generaal",
    "inspector general",
];

/// Whether `role` is one of [`AGENCY_OFFICES`], alone or followed by the end of one of `names`,
/// the agency's: `Inspecteur-generaal Justitie en Veiligheid` of the `Inspectie Justitie en
/// Veiligheid`.
fn office_of(role: &str, names: &[&str]) -> bool {
    AGENCY_OFFICES.iter().any(|o| {
        let Some(head) = role.get(..o.len()).filter(|h| h.eq_ignore_ascii_case(o)) else {
            return false;
        };
        let rest = &role[head.len()..];
        rest.is_empty()
            || rest.strip_prefix(' ').is_some_and(|tail| {
                tail.len() > 2
                    && names.iter().any(|n| {
                        n.ends_with(tail) && n[..n.len() - tail.len()].ends_with([' ', '-'])
                    })
            })
    })
}

/// Gives the people of an agency's own report who hold one of [`AGENCY_OFFICES`] and no
/// affiliation the agency `own` (an actor id); and its boards named by their pattern with no
/// owner (`The Management Board adopted …`, `the Executive Board`): the agency's own.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn directors_of_own_agency(builders: &mut HashMap<String, Builder>, own: &str, names: &[&str]) {
    for (id, b) in builders.iter_mut() {
        let board = b.kind == ActorKind::Organization
            && b.affiliation.is_none()
            && id.as_str() != own
            && b.name.split(' ').count() == 2
            && b.name
                .rsplit(' ')
                .next()
                .is_some_and(|head| BOARD_HEADS.contains(&head));
        if board {
            b.affiliation = Some(own.to_string());
            continue;
        }
        let office = b.role.as_deref().is_some_and(|r| office_of(r, names));
        if b.kind == ActorKind::Person && b.affiliation.is_none() && office {
            b.affiliation = Some(own.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builders for the words of `text`: actor `k` has every word whose length is `k`.
    fn builders_of(text: &str) -> Vec<(String, Builder)> {
        let mut by_len: std::collections::BTreeMap<usize, Vec<Span>> = Default::default();
        let mut pos = 0;
        for word in text.split(' ') {
            by_len
                .entry(word.len())
                .or_default()
                .push(Span::new(pos, pos + word.len()));
            pos += word.len() + 1;
        }
        by_len
            .into_iter()
            .map(|(len, mentions)| {
                let builder = Builder {
                    name: format!("words of {len}"),
                    kind: if len % 2 == 0 {
                        ActorKind::Organization
                    } else {
                        ActorKind::Person
                    },
                    role: None,
                    affiliation: None,
                    mentions,
                    aliases: None,
                };
                (format!("org:len-{len}"), builder)
            })
            .collect()
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn actors_built_on_two_threads_are_those_built_on_one() {
        let words = ["EU", "Raad", "Commissie", "NL", "lidstaten", "Frontex", "x"];
        let text = (0..SPLIT_BUILD_FROM + 500)
            .map(|i| words[i * 3 % words.len()])
            .collect::<Vec<_>>()
            .join(" ");
        let index = SectionIndex::new(&[]);
        let by_id = |mut actors: Vec<Actor>| {
            actors.sort_by(|a, b| a.id.cmp(&b.id));
            actors
        };
        let split = by_id(build_all(&text, &index, builders_of(&text)));
        let one: Vec<Actor> = builders_of(&text)
            .into_iter()
            .map(|(id, b)| build_actor(&text, &index, id, b))
            .collect();
        assert_eq!(split.len(), 5);
        assert_eq!(split, by_id(one));
    }
}
