package org.myknees.domain.merchant;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a human merchant name out of raw bank text, also for merchants no directory knows: the pieces that
 * survive {@link DescriptorNormalizer}'s noise removal, in their original spelling (apostrophes and
 * hyphens kept), title-cased, without the web address ending, payment-channel words ({@code DD},
 * {@code VIR SEPA RECU DE}), what a debit was for ({@code MIETE}, {@code FACTURE}), the town before a closing US
 * state code, the words after a store number or date, what a US ACH entry was for ({@code DES:WEB PAY}) and one
 * trailing legal form; in German bank texts umlauts printed as {@code UE} come back ({@link GermanSpelling}).
 * {@code SQ *JOE'S PIZZA #12 BROOKLYN NY} gives {@code Joe's Pizza}. Stateless and thread-safe.
 */
public final class MerchantNameExtractor {

    private static final Set<String> COMPANY_SUFFIXES = Set.of("LLC", "INC", "LTD", "LIMITED", "CORP",
            "CORPORATION", "CO", "GMBH", "AG", "KG", "SA", "SAS", "SARL", "SRL", "SPA", "BV", "NV", "PLC", "LLP",
            "LP", "OHG", "UG", "EV", "SE", "SL", "SLU", "SAU", "SNC", "EURL", "BVBA", "SPRL", "VOF", "GESMBH", "GBR",
            "VAG", "VVAG", "OY", "OYJ", "RY", "SCARL", "SCRL", "EG", "PLLC", "PC", "LLLP",
            // Austrian and German sole traders, Portuguese, central European, Baltic, Nordic and Greek forms
            "EK", "EU", "KEG", "LDA", "SRO", "VOS", "DOO", "DD", "AS", "UAB", "AB", "SIA", "OU", "AE",
            // associations: Italian amateur sports clubs and non-profits, Belgian non-profits
            "ASD", "SSD", "ONLUS", "VZW", "ASBL",
            // the Italian simplified limited company and partnership limited by shares
            "SRLS", "SAPA",
            // the Austrian general partnership
            "OG");
    /** Words that end the names of firms which often print no legal form ({@code NORTHFIELD ENGINEERING}). */
    private static final Set<String> FIRM_WORDS = Set.of("ENGINEERING", "CONSTRUCTION", "LOGISTICS", "SOLUTIONS",
            "HOLDINGS", "INDUSTRIES", "SYSTEMS", "TECHNOLOGIES", "TECHNOLOGY", "CONSULTING", "CONSULTANTS",
            "CONTRACTORS", "MANUFACTURING", "ENTERPRISES", "LOGISTIK", "TECHNIK", "BAU", "INDUSTRIE");
    /** Words that end the name of a firm offering what the word before them names ({@code TAX SERVICE}). */
    private static final Set<String> TRADE_ENDINGS = Set.of("SERVICE", "SERVICES", "CENTER", "CENTRE", "GROUP",
            "ASSOCIATES", "PARTNERS", "OFFICE", "SHOP", "STORE", "STUDIO", "SPECIALISTS", "PROS", "EXPERTS");
    /** Street types that end a street address ({@code 1234 MAIN ST}, {@code 221 W 4TH AVE}). */
    private static final Set<String> STREET_TYPES = Set.of("ST", "STREET", "AVE", "AVENUE", "RD", "ROAD", "BLVD",
            "DR", "HWY", "PKWY", "LN", "CT", "PL", "PIKE", "TPKE", "CIR", "WAY", "CAMINO", "BROADWAY", "HIGHWAY",
            "LANE", "DRIVE", "PARKWAY", "TRAIL", "TRL", "TER", "TERRACE", "EXPY", "FWY");
    /**
     * Legal forms some banks print before the name: French companies ({@code SARL GARAGE DES PINS}) and Belgian
     * non-profits ({@code VZW JEUGDHUIS ...}).
     */
    private static final Set<String> LEADING_LEGAL_FORMS = Set.of("SARL", "SASU", "EURL", "SELARL", "VZW", "ASBL");
    /** Italian legal forms followed by the partners' names ({@code SNC DI ROSSI G. E C.}). */
    private static final Set<String> ITALIAN_PARTNER_FORMS = Set.of("SNC", "SAS", "SRL", "SRLS");
    /** Rent words a standing order may print before the landlord ({@code MIETE WOHNUNG 2.OG HAUSVERWALTUNG ...}). */
    private static final Set<String> RENT_PURPOSES = Set.of("MIETE", "LOYER", "HUUR", "ALQUILER", "AFFITTO", "RENT");
    /** Words that open a landlord's or property manager's name, looked for after a rent word printed first. */
    private static final Set<String> PAYEE_OPENINGS = Set.of("HAUSVERWALTUNG", "HAUSVERWALTUNGEN",
            "IMMOBILIENVERWALTUNG", "GRUNDSTUECKSVERWALTUNG", "WOHNUNGSBAUGENOSSENSCHAFT", "WOHNUNGSGENOSSENSCHAFT",
            "WOHNBAU", "VERMIETUNG", "WOONSTICHTING", "WONINGSTICHTING", "SCI", "AGENCE", "CABINET", "SYNDIC",
            "INMOBILIARIA");
    /** Words that open the name of a town's administration in the euro area ({@code MAIRIE DE …}). */
    private static final Set<String> MUNICIPALITY_OPENINGS = Set.of("MAIRIE", "COMMUNE", "VILLE", "COMUNE",
            "GEMEENTE", "GEMEINDE", "STADT", "AYUNTAMIENTO", "AJUNTAMENT", "CONCELLO", "MUNICIPIO", "CAMARA",
            "LANDESHAUPTSTADT", "STADTVERWALTUNG", "STADTMAGISTRAT", "MAGISTRAT", "MARKTGEMEINDE", "STADTGEMEINDE");
    private static final int MAX_PURPOSE_BEFORE_BODY = 3;
    /** Words between a municipality's opening word and its town ({@code COMUNE DI …}, {@code MAIRIE DE …}). */
    private static final Set<String> MUNICIPALITY_JOINERS = Set.of("DE", "DI", "DEL", "DU", "D", "VAN");
    /** A doctor's title before a pharmacy's or clinic's owner ({@code FARMACIA SAN ROCCO DOTT. RIVA}). */
    private static final Set<String> PHARMACIST_TITLES = Set.of("DR", "DOTT", "DOTTSSA", "DRSSA", "DOTTOR",
            "DOTTORESSA", "MAG", "DRES");
    /** Fields of French transfer texts that hold the other party's name ({@code /BEN}, {@code /DE}). */
    private static final Set<String> PAYEE_FIELDS = Set.of("BEN", "BENEFICIAIRE", "DE");
    private static final int MIN_COMPOUND_HEAD = 3;
    private static final int COLUMN_GAP = 3;
    private static final int MIN_WEB_ADDRESS = 6;
    private static final int MAX_DOTTED_FORM = 3;
    /** Legal-form parts that come after another one: {@code GMBH & CO KG}, {@code BV & CO}. */
    private static final Set<String> COMBINED_SUFFIXES = Set.of("CO", "KG", "OHG");
    private static final Set<String> LOWER_CASE_WORDS = Set.of("AND", "OF", "THE", "DE", "DU", "DES", "LA", "LE",
            "LES", "VON", "VAN", "DER", "DEN", "DIE", "DAS", "ET", "EN", "Y", "DI", "DA", "DEL", "AT", "ON", "IN",
            "FOR", "TO", "UND", "AUX", "AU", "ZUM", "ZUR", "AM", "IM", "BEI", "DELLA", "DELLE", "DEI", "DELLO");
    /** Words that join a name's parts, so no name ends in one ({@code TRATTORIA DEL CORSO}, not {@code … DEL}). */
    private static final Set<String> NAME_JOINERS = Set.of("OF", "THE", "AND", "UND", "ET", "DE", "DU", "DES", "LA",
            "LE", "LES", "DI", "DA", "DEL", "DELLA", "DELLE", "DEI", "DELLO", "VON", "VAN", "DER", "DEN", "ZUM", "ZUR");
    /**
     * Words banks shorten to fit the field, written out after a name's first word ({@code PINNACLE CARD SVCS},
     * {@code GRANITE FALLS CU}, {@code SONOMA COUNTY TAX COLL}).
     */
    private static final Map<String, String> SHORTENED_WORDS = Map.ofEntries(Map.entry("SVCS", "Services"),
            Map.entry("SVC", "Service"), Map.entry("SOC", "Society"), Map.entry("CU", "Credit Union"),
            Map.entry("COLL", "Collector"), Map.entry("ASSN", "Association"), Map.entry("ASSOC", "Association"),
            Map.entry("DEPT", "Department"), Map.entry("INTL", "International"), Map.entry("NATL", "National"),
            Map.entry("MGMT", "Management"), Map.entry("UNIV", "University"), Map.entry("HOSP", "Hospital"),
            Map.entry("REST", "Restaurant"), Map.entry("BLDG", "Building"), Map.entry("CNTY", "County"),
            Map.entry("TWP", "Township"), Map.entry("GOVT", "Government"), Map.entry("STN", "Station"),
            Map.entry("MKT", "Market"), Map.entry("FCU", "Federal Credit Union"),
            Map.entry("BS", "Building Society"), Map.entry("CTR", "Center"), Map.entry("CNCL", "Council"),
            Map.entry("MTN", "Mountain"), Map.entry("APTS", "Apartments"), Map.entry("CLIN", "Clinic"),
            Map.entry("ANML", "Animal"), Map.entry("PHCY", "Pharmacy"), Map.entry("GRP", "Group"),
            Map.entry("PHARM", "Pharmacy"), Map.entry("HLTH", "Health"), Map.entry("HLTHCARE", "Healthcare"),
            // a practice cut by the card's width (… DENTAL PRAC, … MEDICAL PRAC)
            Map.entry("PRAC", "Practice"));
    /**
     * The offices of a US county printed after its short form ({@code KENT CO CLERK}, {@code MARION CO TREASURER}):
     * there {@code CO} is the county, not a company's end with a town after it, and is written out.
     */
    private static final Set<String> COUNTY_OFFICES = Set.of("CLERK", "TRUSTEE", "TREASURER", "TREAS", "ASSESSOR",
            "AUDITOR", "COLLECTOR", "RECORDER", "SHERIFF", "COURT", "COURTS", "BOCC", "UTILITIES", "UTIL", "WATER",
            "SEWER", "PARKS", "LIBRARY", "SCHOOLS", "TAX", "LANDFILL");
    /**
     * A public body's department or division cut before its subject ({@code NC DEPT REVENUE}, {@code NJ DIV TAXATION})
     * is written with the {@code of} the bank left out; before any other word ({@code DEPT STORE}, {@code QUAL DIV})
     * the word stays as it is.
     */
    private static final Map<String, String> AGENCY_WORDS = Map.of("DEPT", "Department of", "DEPARTMENT",
            "Department of", "DIV", "Division of", "DIVISION", "Division of");
    private static final Set<String> AGENCY_SUBJECTS = Set.of("REVENUE", "TAXATION", "EDUCATION", "LABOR", "LABOUR",
            "TREASURY", "HEALTH", "TRANSPORTATION", "FINANCE", "WORKFORCE", "EMPLOYMENT", "VETERANS", "JUSTICE",
            "AGRICULTURE", "MOTOR", "NATURAL", "ENVIRONMENTAL", "UNEMPLOYMENT");
    /** Barclays' entry codes, words of no name: bill payment, bank giro credit, direct debit, card payments. */
    private static final Set<String> ENTRY_CODES = Set.of("BBP", "BGC", "DDR", "BCC", "CLP", "CPM");
    /** The words a reference follows, which say nothing about what was paid for. */
    private static final Set<String> REFERENCE_WORDS = Set.of("REF", "REFERENCE");
    /** Last words of the neighbourhoods US card texts print before the town ({@code YBOR CITY}, {@code STRIP DIST}). */
    private static final Set<String> DISTRICT_WORDS = Set.of("CITY", "SQUARE", "SQ", "DIST", "DISTRICT", "VILLAGE",
            "HEIGHTS", "PARK", "QUARTER");
    private static final Set<String> TITLE_CASE_ABBREVIATIONS = Set.of("MR", "MRS", "MS", "DR", "ST", "MT", "JR",
            "SR", "FT", "RD", "LN", "PL", "SQ", "BLVD", "HWY", "PKWY");

    /** The display name, or empty when the text held no name at all (only numbers, dates or framing). */
    public Optional<String> extract(String raw) {
        Objects.requireNonNull(raw, "raw");
        DescriptorAnalysis analysis = DescriptorAnalysis.of(raw);
        List<Piece> all = analysis.kept.subList(0, analysis.nameEnd).stream().filter(piece -> !piece.domainSuffix)
                .toList();
        List<Piece> pieces = all.subList(afterLeadingChannels(all), all.size());
        int introduced = afterNameIntroduction(pieces);
        pieces = pieces.subList(introduced, pieces.size());
        pieces = pieces.subList(afterLeadingPurpose(pieces), pieces.size());
        pieces = pieces.subList(collectedFor(pieces), pieces.size());
        int end = Math.min(beforeCompanyTail(pieces), beforeEntryDescription(pieces));
        end = Math.min(end, beforePlaceAfterNumber(pieces, analysis));
        end = Math.min(end, beforeColumnGap(pieces, analysis.raw));
        end = Math.min(end, beforeFieldBreak(pieces, analysis.raw));
        end = Math.min(end, beforeOwnWebAddress(pieces, analysis.raw));
        end = Math.min(end, beforeStreetAddress(pieces, analysis.raw));
        end = Math.min(end, beforeRepeatedName(pieces, analysis.raw));
        end = Math.min(end, beforeCleanNameRepeated(pieces, analysis.raw));
        end = Math.min(end, beforeStateOfMunicipality(pieces));
        end = Math.min(end, afterMunicipalityTown(pieces));
        end = Math.min(end, beforeOwner(pieces));
        end = Math.min(end, beforeEntryCode(pieces));
        end = withoutTrailingChannels(pieces, end);
        // a labelled field after the name's own field says what the money was for (Naam: GEMEENTE APELDOORN
        // Omschrijving: ..., Prejemnik: ... Namen: ...), like a purpose word
        int beforePurpose = beforePurpose(pieces, Math.min(end, beforeLabelledField(pieces)));
        // a town right before the purpose belongs to a one-word creditor (STADT KOELN GRUNDBESITZABGABEN,
        // FINANZAMT FREISING), not to a name of its own (FITNESSSTUDIO EISENWERK FREISING MITGLIEDSBEITRAG)
        boolean purposeCut = beforePurpose < end;
        // the words left between a legal form and the purpose are no name either (... KIEFFER SARL COMMUNICATION LOYER)
        // a channel printed between the name and the purpose goes too (T WALSH ELECTRICAL FPO REF INV 5520)
        end = purposeCut ? withoutTrailingChannels(pieces,
                Math.min(beforePurpose, beforeCompanyTail(pieces.subList(0, beforePurpose)))) : beforePurpose;
        if (analysis.placeStripped) {
            end = withoutDistrict(pieces, withoutShortNumber(pieces, withoutOtherNameOfTown(pieces, end, analysis.raw)));
            end = withoutDistrictOfTown(pieces, end);
        } else if (purposeCut && end > 2) {
            end = withoutTrailingPlace(pieces, end, 2);
        } else if (!purposeCut) {
            int beforePlace = withoutDistrictNumber(pieces, end);
            end = withoutTrailingPlace(pieces, beforePlace);
            end = end < beforePlace ? withoutDistrict(pieces, end)
                    : withoutTownBeforeStateCode(pieces, end, analysis.locationCodeIndex);
        }
        end = withoutCompanySuffix(pieces, withoutRepeatedTown(pieces, end));
        end = withoutHyphenatedDistrict(pieces, end);
        if (end == 0) {
            return Optional.empty();
        }
        boolean tradeNamed = end >= 2 && GermanSpelling.opensTradeName(pieces.get(0).norm);
        boolean german = tradeNamed || GermanSpelling.applies(analysis.raw, pieces.subList(0, end));
        StringBuilder name = new StringBuilder(analysis.raw.length());
        for (int k = 0; k < end; k++) {
            Piece piece = pieces.get(k);
            Piece previous = k > 0 ? pieces.get(k - 1) : null;
            if (previous != null) {
                appendJoiner(name, previous, piece);
            }
            if (k > 0 && k + 1 < end && slashedBuildingSociety(piece, pieces.get(k + 1))) {
                name.append("Building Society");
                k++;
                continue;
            }
            String agency = k + 1 < end && AGENCY_SUBJECTS.contains(pieces.get(k + 1).norm)
                    ? AGENCY_WORDS.get(piece.norm) : k + 1 < end && countyOffice(pieces, k) ? "County" : null;
            name.append(agency != null ? agency : display(analysis.raw, pieces, k, k == 0, german,
                    tradeNamed && k > 0));
        }
        boolean hasLetter = name.chars().anyMatch(Character::isLetter);
        return hasLetter ? Optional.of(name.toString()) : Optional.empty();
    }

    /**
     * Whether the counterparty is a company: a legal form such as {@code LTD}, {@code GMBH} or {@code SARL}
     * follows its name ({@code ACME ENGINEERING LTD BGC}), or a word firms end their names with ({@code BGC
     * NORTHFIELD ENGINEERING}).
     */
    public boolean namesCompany(String raw) {
        Objects.requireNonNull(raw, "raw");
        List<Piece> kept = DescriptorAnalysis.of(raw).kept;
        for (int k = 1; k < kept.size(); k++) {
            String norm = kept.get(k).norm;
            if ((COMPANY_SUFFIXES.contains(norm) && !norm.equals("CO")) || FIRM_WORDS.contains(norm)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code VIR SEPA RECU DE}, {@code BIZUM ENVIADO A}, {@code FPO}: how the money moved, before the name, and a
     * card processor printed after it with its star ({@code Payment to SQ *LITTLE OAK DELI}).
     */
    private static int afterLeadingChannels(List<Piece> pieces) {
        int start = 0;
        PhraseTable.Entry<Boolean> channel;
        while (start < pieces.size() - 1
                && (channel = DescriptorVocabulary.CHANNELS.longestAt(pieces, start, pieces.size() - 1)) != null) {
            start += channel.length();
        }
        PhraseTable.Entry<DescriptorVocabulary.Intermediary> processor = start == 0 ? null
                : DescriptorVocabulary.INTERMEDIARIES.longestAt(pieces, start, pieces.size() - 1);
        return processor != null && pieces.get(start + processor.length()).starBefore
                ? start + processor.length() : start;
    }

    /** {@code PAYPAL EUROPE ... IHR EINKAUF BEI SCHUHHAUS BERGER}: where the words introducing the name end. */
    private static int afterNameIntroduction(List<Piece> pieces) {
        for (int k = pieces.size() - 2; k >= 0; k--) {
            PhraseTable.Entry<Boolean> introduction =
                    DescriptorVocabulary.NAME_FOLLOWS.longestAt(pieces, k, pieces.size() - 1);
            if (introduction != null) {
                return k + introduction.length();
            }
        }
        return 0;
    }

    /**
     * Where the shop's name starts when a payment service provider collected for it ({@code Naam: Stichting Mollie
     * Payments Omschrijving: M4123456 1234 Fietsenwinkel De Spaak}): the next labelled field, else 0.
     */
    private static int collectedFor(List<Piece> pieces) {
        // the provider opens the name field, which the payment type may precede (/TRTP/iDEAL/…/NAME/…)
        for (int k = 0; k < Math.min(pieces.size(), 2); k++) {
            if ((k == 0 || pieces.get(k).fieldStart)
                    && DescriptorVocabulary.COLLECTING_PROVIDERS.longestAt(pieces, k, pieces.size()) != null) {
                int field = k + 1 + beforeLabelledField(pieces.subList(k + 1, pieces.size()));
                if (field < pieces.size()) {
                    return pieces.get(field).isWord() ? field : 0;
                }
                // no field follows: the shop comes right after a provider of two words or more (iDEAL payment
                // Stichting Mollie Payments <shop> <town> <order>); one word may be a shop's own (MOLLIE STONE'S)
                int provider = DescriptorVocabulary.COLLECTING_PROVIDERS.longestAt(pieces, k, pieces.size()).length();
                int shop = k + provider;
                return provider > 1 && shop < pieces.size() && pieces.get(shop).isWord() ? shop : 0;
            }
        }
        return 0;
    }

    /**
     * Where the payee starts when the text opens with what the money was for rather than with the payee: rent
     * written before it ({@code DAUERAUFTRAG MIETE WOHNUNG 2.OG HAUSVERWALTUNG BRANDL}) gives way to a word
     * that opens a landlord's or manager's name, a French {@code /MOTIF ... /BEN ...} to its beneficiary field, and
     * a French legal form printed first ({@code SARL GARAGE DES PINS}) is no part of the name.
     */
    private static int afterLeadingPurpose(List<Piece> pieces) {
        if (pieces.size() < 2) {
            return 0;
        }
        Piece first = pieces.get(0);
        if (LEADING_LEGAL_FORMS.contains(first.norm)) {
            return 1;
        }
        boolean motifField = first.norm.equals("MOTIF") && first.slashBefore;
        if (!motifField && !RENT_PURPOSES.contains(first.norm)) {
            return DescriptorVocabulary.PURPOSE_WORDS.contains(first.norm) ? publicBodyAfterPurpose(pieces) : 0;
        }
        for (int k = 1; k < pieces.size() - 1; k++) {
            Piece piece = pieces.get(k);
            if (motifField ? piece.slashBefore && PAYEE_FIELDS.contains(piece.norm)
                    : PAYEE_OPENINGS.contains(piece.norm)) {
                return motifField ? k + 1 : k;
            }
        }
        return 0;
    }

    /**
     * {@code CANTINE SCOLAIRE MAIRIE DE FIRMINY}: a town's service printed before the town itself; the name starts at
     * the word that opens a municipality's name, if it comes within the next few words.
     */
    private static int publicBodyAfterPurpose(List<Piece> pieces) {
        for (int k = 1; k < Math.min(pieces.size() - 1, MAX_PURPOSE_BEFORE_BODY + 1); k++) {
            if (MUNICIPALITY_OPENINGS.contains(pieces.get(k).norm)) {
                return k;
            }
        }
        return 0;
    }

    /**
     * Exports that print fixed-width columns (Chase's 25-character name, Amex's {@code NAME  CITY  PHONE}) pad the
     * name with a run of spaces: what follows the first such run is the town or a phone number, not the name.
     */
    private static int beforeColumnGap(List<Piece> pieces, String raw) {
        for (int k = 1; k < pieces.size(); k++) {
            int to = pieces.get(k).rawStart;
            if (to - pieces.get(k - 1).rawEnd >= COLUMN_GAP && spacesBefore(raw, to) >= COLUMN_GAP) {
                return k;
            }
        }
        return pieces.size();
    }

    /**
     * Where the name's field ends inside one text: Sparkasse's card texts print the town after a double slash
     * ({@code REWE MARKT GMBH//MUENCHEN/DE}, the town sometimes twice), Toast and Square print a branch after a
     * spaced hyphen ({@code FIREBIRD TAVERN - DENVER}) when at most two words follow it, French transfers open the
     * next field with a spaced slash ({@code ... SA /MOTIF SALAIRE}), and the German structured SEPA text with a tag
     * ({@code ... GMBH EREF+ ... SVWZ+ ...}).
     */
    private static int beforeFieldBreak(List<Piece> pieces, String raw) {
        for (int k = 1; k < pieces.size(); k++) {
            String between = raw.substring(pieces.get(k - 1).rawEnd, pieces.get(k).rawStart);
            boolean branch = between.contains(" - ") && pieces.size() - k <= 2 && pieces.get(k - 1).isWord();
            // Nationwide and card apps print the town after a comma that closes the name (GREGGS PLC, NORWICH)
            boolean town = between.startsWith(",") && pieces.size() - k <= 2 && pieces.get(k - 1).isWord()
                    && wordsFrom(pieces, k);
            if (between.contains("//")) {
                return k > 1 && townRepeated(pieces.get(k - 1), raw) ? k - 1 : k;
            }
            if (branch || town || between.contains(" /") || holdsFieldTag(between)) {
                return k;
            }
        }
        int size = pieces.size();
        return size > 1 && raw.indexOf("//", pieces.get(size - 1).rawEnd) >= 0
                && townRepeated(pieces.get(size - 1), raw) ? size - 1 : size;
    }

    private static boolean wordsFrom(List<Piece> pieces, int from) {
        for (int k = from; k < pieces.size(); k++) {
            if (!pieces.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Apps that join the counterparty and the bank's reference print the name twice ({@code Cotham Hill Bakery
     * COTHAM HILL BAKERY BRISTOL GBR}): the name ends where it starts again. A one-word name counts only when its two
     * spellings differ, since names repeat words ({@code BORA BORA}).
     */
    private static int beforeRepeatedName(List<Piece> pieces, String raw) {
        for (int length = 1; 2 * length <= pieces.size(); length++) {
            boolean repeated = true;
            for (int k = 0; k < length && repeated; k++) {
                repeated = pieces.get(k).isWord() && pieces.get(k).norm.equals(pieces.get(length + k).norm);
            }
            if (repeated && (length > 1 || !raw.regionMatches(pieces.get(0).rawStart, raw, pieces.get(1).rawStart,
                    pieces.get(0).rawEnd - pieces.get(0).rawStart))) {
                return length;
            }
        }
        return pieces.size();
    }

    /** Where the value of a second labelled field starts ({@code Omschrijving:} after {@code Naam: ...}). */
    private static int beforeLabelledField(List<Piece> pieces) {
        for (int k = 1; k < pieces.size(); k++) {
            if (pieces.get(k).fieldStart) {
                return k;
            }
        }
        return pieces.size();
    }

    /** The town is often printed twice, at the end of the name and after the slashes ({@code ... ESSEN//Essen/DE}). */
    private static boolean townRepeated(Piece last, String raw) {
        int town = raw.indexOf("//", last.rawEnd) + 2;
        int length = last.rawEnd - last.rawStart;
        return raw.regionMatches(true, town, raw, last.rawStart, length)
                && (town + length == raw.length() || raw.charAt(town + length) == '/');
    }

    /** Whether a gap holds a tag of the German structured SEPA text ({@code EREF+}, {@code MREF+}, {@code SVWZ+}). */
    private static boolean holdsFieldTag(String between) {
        for (int plus = between.indexOf('+'); plus > 0; plus = between.indexOf('+', plus + 1)) {
            int start = plus;
            while (start > 0 && Character.isLetter(between.charAt(start - 1))) {
                start--;
            }
            if (DescriptorVocabulary.PLUS_TAGS.contains(between.substring(start, plus).toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shopify and other web shops print the shop's address after its name, often cut by the field ({@code SP LUMEN
     * AND LOOM LUMENANDLOOM.C NY}): a word that spells the name before it without spaces starts the tail. One word
     * of name needs the address's dot as well, since names repeat words ({@code BORA BORA}).
     */
    private static int beforeOwnWebAddress(List<Piece> pieces, String raw) {
        StringBuilder joined = new StringBuilder();
        for (int k = 1; k < pieces.size(); k++) {
            joined.append(pieces.get(k - 1).norm);
            String norm = pieces.get(k).norm;
            int after = pieces.get(k).rawEnd;
            boolean dotAfter = after < raw.length() && raw.charAt(after) == '.';
            // more than the first word, or a repeated first word (ANOTHER DESCRIPTION ANOTHER PAYEE) would count
            boolean spelled = norm.length() >= MIN_WEB_ADDRESS
                    && (norm.length() > pieces.get(0).norm.length() || dotAfter)
                    && (joined.indexOf(norm) == 0 || norm.startsWith(joined.toString()));
            if (spelled && (k >= 2 || dotAfter)) {
                return k;
            }
        }
        return pieces.size();
    }

    /**
     * Apple Card and some issuers print the street address after the name ({@code STARBUCKS STORE 12345 1234 MAIN
     * ST SAN FRANCISCO 94103 CA USA}): a house number followed within three words by a street type starts the tail.
     */
    private static int beforeStreetAddress(List<Piece> pieces, String raw) {
        for (int k = 1; k < pieces.size() - 1; k++) {
            Piece piece = pieces.get(k);
            boolean houseNumber = piece.type == Piece.Type.NUMBER || hasDigit(raw, pieces.get(k - 1).rawEnd,
                    piece.rawStart);
            if (!houseNumber) {
                continue;
            }
            for (int j = k + 1; j < Math.min(pieces.size(), k + 4); j++) {
                if (STREET_TYPES.contains(pieces.get(j).norm)) {
                    return k;
                }
            }
        }
        return pieces.size();
    }

    /**
     * Apps export their own clean name before the bank's text ({@code Wasabi WASABI 0041 LONDON GBR}, {@code
     * Hackney Council LB HACKNEY COUNCIL TAX}): where a name written in mixed case gives way to upper case that
     * repeats its first word within three words, the clean name ends.
     */
    private static int beforeCleanNameRepeated(List<Piece> pieces, String raw) {
        int size = pieces.size();
        if (size < 2 || !hasLowerCase(raw, pieces.get(0))) {
            return size;
        }
        int head = pieces.get(0).norm.equals("THE") && size > 2 ? 1 : 0;
        for (int k = head + 1; k < size; k++) {
            Piece piece = pieces.get(k);
            if (!piece.isWord() || hasLowerCase(raw, piece)) {
                continue;
            }
            for (int j = k; j < Math.min(size, k + 3); j++) {
                if (pieces.get(j).norm.equals(pieces.get(head).norm)) {
                    return k;
                }
            }
            return size;
        }
        return size;
    }

    private static boolean hasLowerCase(String raw, Piece piece) {
        for (int i = piece.rawStart; i < piece.rawEnd; i++) {
            if (Character.isLowerCase(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String raw, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int spacesBefore(String raw, int at) {
        int count = 0;
        while (count < at && raw.charAt(at - 1 - count) == ' ') {
            count++;
        }
        return count;
    }

    /**
     * A town's own body names its state after the town where the bank's text goes on ({@code CITY OF DUBLIN OH
     * DES:WATER …}, {@code TOWN OF CARY NC UTILITIES}): the name ends before the code, as it does where the code ends
     * the text. Codes that are also particles ({@code LA}, {@code DE}) are left to the name.
     */
    private static int beforeStateOfMunicipality(List<Piece> pieces) {
        for (int m = 0; m + 3 < pieces.size() && m < 2; m++) {
            if (!DescriptorVocabulary.MUNICIPAL_WORDS.contains(pieces.get(m).norm)
                    || !pieces.get(m + 1).norm.equals("OF")) {
                continue;
            }
            for (int p = m + 3; p < Math.min(pieces.size() - 1, m + 6); p++) {
                Piece code = pieces.get(p);
                if (code.isWord() && code.norm.length() == 2 && code.is(DescriptorVocabulary.LOCATION_CODE)
                        && !code.is(DescriptorVocabulary.PLACE_GUARD)) {
                    return p;
                }
            }
        }
        return pieces.size();
    }

    /**
     * Barclays prints its code for the kind of entry after the payee and before the payer's reference ({@code
     * WILLOWBANK PRESCHOOL BBP JACK SPRING TERM}): the name ends at the code.
     */
    private static int beforeEntryCode(List<Piece> pieces) {
        for (int k = 1; k < pieces.size() - 1; k++) {
            if (ENTRY_CODES.contains(pieces.get(k).norm)) {
                return k;
            }
        }
        return pieces.size();
    }

    /** {@code BRITISH GAS DD}, {@code GOLDEN TOTS NURSERY SO}, {@code ACME LTD BGC}. */
    private static int withoutTrailingChannels(List<Piece> pieces, int end) {
        while (end > 1 && DescriptorVocabulary.TRAILING_CHANNELS.contains(pieces.get(end - 1).norm)) {
            end--;
        }
        return end;
    }

    /**
     * {@code SANITAS SEGURO MEDICO}, {@code STADT KOELN GRUNDBESITZABGABEN}: the name ends before the purpose, and
     * before the kind of loan or payment that a payment word follows ({@code HOMETOWN SAVINGS BANK MORTGAGE PMT},
     * {@code OAKWOOD VILLAGE APTS WEB PMTS}).
     */
    private static int beforePurpose(List<Piece> pieces, int end) {
        for (int k = 1; k < end; k++) {
            Piece piece = pieces.get(k);
            boolean partOfWord = piece.glued() && piece.sepBefore == '-'
                    && piece.index == pieces.get(k - 1).index + 1;
            // a word joined to its neighbour by & is part of the name (CLEARWATER TAX & BOOKKEEPING)
            boolean joined = pieces.get(k - 1).type == Piece.Type.AMPERSAND
                    || k + 1 < end && pieces.get(k + 1).type == Piece.Type.AMPERSAND;
            // a purpose word before the word that ends a trade's name is that trade (CARTER TAX SERVICE), and one
            // after a joining word is the name's own (BAR DEL CORSO)
            boolean trade = k + 1 < end && TRADE_ENDINGS.contains(pieces.get(k + 1).norm);
            boolean joinedWord = k > 1 && NAME_JOINERS.contains(pieces.get(k - 1).norm);
            if ((DescriptorVocabulary.PURPOSE_WORDS.contains(piece.norm) || endsInPurpose(piece)) && !partOfWord
                    && !joined && !trade && !joinedWord) {
                // a reference is no payment word: CARE HOME REF … keeps its HOME
                boolean kindBefore = k > 1 && !REFERENCE_WORDS.contains(piece.norm)
                        && DescriptorVocabulary.PAYMENT_KINDS.contains(pieces.get(k - 1).norm);
                return kindBefore ? k - 1 : k;
            }
        }
        return end;
    }

    /** A compound word, longer than its ending by a word of its own, that ends in a purpose. */
    private static boolean endsInPurpose(Piece piece) {
        for (String ending : DescriptorVocabulary.PURPOSE_ENDINGS) {
            if (piece.norm.length() >= ending.length() + MIN_COMPOUND_HEAD && piece.norm.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * US card descriptors end with the town and the state ({@code BLUE MOON DINER CHARLOTTESVILLE VA}); a town
     * the town list does not know is still the one or two words right before the state code, unless they end
     * the business name ({@code JOE'S PIZZA NY}) or would leave a single word.
     */
    private static int withoutTownBeforeStateCode(List<Piece> pieces, int end, int locationCodeIndex) {
        if (locationCodeIndex < 0 || end < 3 || end != pieces.size()
                || pieces.get(end - 1).index + 1 != locationCodeIndex) {
            return end;
        }
        Piece last = pieces.get(end - 1);
        if (!last.isWord() || DescriptorVocabulary.NAME_ENDINGS.contains(last.norm)
                || COMPANY_SUFFIXES.contains(last.norm)) {
            return end;
        }
        Piece before = pieces.get(end - 2);
        // LA JOLLA, DEL MAR: a town's own first word may look like a particle that would guard it
        boolean twoWordTown = end >= 4 && before.isWord() && (DescriptorVocabulary.TOWN_PREFIXES.contains(before.norm)
                || DescriptorVocabulary.TOWN_SUFFIXES.contains(last.norm));
        if (twoWordTown && !pieces.get(end - 3).guardsPlace()) {
            return end - 2;
        }
        return before.guardsPlace() ? end : end - 1;
    }

    /** {@code PIEDMONT NATURAL GAS DES:WEB PAY}: what an ACH entry was for is not the payee's name. */
    private static int beforeEntryDescription(List<Piece> pieces) {
        for (int k = 1; k < pieces.size(); k++) {
            if (pieces.get(k).entryDescription) {
                return k;
            }
        }
        return pieces.size();
    }

    /** {@code CYCLONE FUEL STOP 0231 AMES IA}: the words after the store number are the town. */
    private static int beforePlaceAfterNumber(List<Piece> pieces, DescriptorAnalysis analysis) {
        if (analysis.placeAfterNumber < 0) {
            return pieces.size();
        }
        Piece first = analysis.kept.get(analysis.placeAfterNumber);
        for (int k = 1; k < pieces.size(); k++) {
            if (pieces.get(k) == first) {
                return k;
            }
        }
        return pieces.size();
    }

    /** {@code PARIS 08}, {@code DUBLIN 8}: a district number after a known town goes with it. */
    private static int withoutDistrictNumber(List<Piece> pieces, int end) {
        boolean district = end > 2 && pieces.get(end - 1).type == Piece.Type.NUMBER && pieces.get(end - 1).digits <= 2
                && pieces.get(end - 2).is(DescriptorVocabulary.PLACE_END);
        return district && withoutTrailingPlace(pieces, end - 1) < end - 1 ? end - 1 : end;
    }

    /**
     * {@code EL GALLO TAQUERIA YBOR CITY TAMPA}, {@code LITTLE BIRD RAMEN LOGAN SQUARE CHICAGO}: a neighbourhood
     * printed between the name and the town that was taken off, recognised when the name before it ends like a
     * business name.
     */
    private static int withoutDistrict(List<Piece> pieces, int end) {
        boolean district = end >= 4 && DISTRICT_WORDS.contains(pieces.get(end - 1).norm)
                && pieces.get(end - 2).isWord() && DescriptorVocabulary.NAME_ENDINGS.contains(pieces.get(end - 3).norm);
        return district ? end - 2 : end;
    }

    /** {@code BAECKEREI HOFMANN 02 ULM}: a branch number left beside the town that was taken off. */
    private static int withoutShortNumber(List<Piece> pieces, int end) {
        boolean shortNumber = end > 2 && pieces.get(end - 1).type == Piece.Type.NUMBER
                && pieces.get(end - 1).digits <= 2 && pieces.get(end - 2).isWord();
        return shortNumber ? end - 1 : end;
    }

    /**
     * {@code THE PUB ON MAIN LLC FREDERICK}: words after a company suffix near the end are the town the
     * normalizer did not know, so the name stops at the suffix.
     */
    private static int beforeCompanyTail(List<Piece> pieces) {
        int partners = beforeItalianPartners(pieces);
        if (partners < pieces.size()) {
            return partners;
        }
        int hyphenedTown = beforeTownAfterLegalForm(pieces);
        if (hyphenedTown < pieces.size()) {
            return hyphenedTown;
        }
        // a legal form counts with at most two words after it, and a dotted one has at most three letters
        for (int k = Math.max(1, pieces.size() - 2 - MAX_DOTTED_FORM); k < pieces.size() - 1; k++) {
            int form = COMPANY_SUFFIXES.contains(pieces.get(k).norm) ? 1 : dottedLegalForm(pieces, k);
            // of NAIL SPA INC the legal form is the last of the two
            // PC inside a name is a computer (CURRYS PC WORLD); only at the end is it a professional corporation
            // CO-OP is a co-operative, not a company and what follows it (BOISE CO-OP, SOUTHERN CO-OP)
            if (form > 0 && pieces.size() - (k + form) <= 2 && k + form < pieces.size()
                    && !pieces.get(k).norm.equals("PC")
                    && !COMPANY_SUFFIXES.contains(pieces.get(k + form).norm) && !coOp(pieces, k)
                    && !countyOffice(pieces, k)
                    && !partnersBeforeTrade(pieces, k)
                    // a Finnish housing company (ASUNTO-OSAKEYHTIO) opens its name with its form: AS OY KOIVUKUJA
                    && !(k == 1 && COMPANY_SUFFIXES.contains(pieces.get(0).norm))) {
                return k + form;
            }
        }
        return pieces.size();
    }

    /**
     * {@code MACELLERIA ROSSI SNC DI ROSSI G. E C.}: an Italian firm names its partners after its legal form with
     * {@code DI}, however many words that takes, so the name stops at the form.
     */
    private static int beforeItalianPartners(List<Piece> pieces) {
        for (int k = 1; k < pieces.size() - 2; k++) {
            if (ITALIAN_PARTNER_FORMS.contains(pieces.get(k).norm) && pieces.get(k + 1).norm.equals("DI")) {
                return k + 1;
            }
        }
        return pieces.size();
    }

    /**
     * {@code HELADERIA LLINARES S.L.-SAN VICENTE DEL RASPEIG}: Spanish card entries glue the town to the name with a
     * hyphen; after a legal form a word glued to it starts the town, however many words that has, and the name stops
     * at the form.
     */
    private static int beforeTownAfterLegalForm(List<Piece> pieces) {
        for (int k = 1; k < pieces.size() - 1; k++) {
            int form = COMPANY_SUFFIXES.contains(pieces.get(k).norm) ? 1 : dottedLegalForm(pieces, k);
            if (form > 0 && k + form < pieces.size() && !coOp(pieces, k)) {
                Piece town = pieces.get(k + form);
                if (town.isWord() && town.glued() && town.norm.length() > 1) {
                    return k + form;
                }
            }
        }
        return pieces.size();
    }

    /**
     * {@code & CO} names the partners of a firm whose trade may follow ({@code MARSDEN & CO OPTICIANS}, {@code HOLLIS &
     * CO HAIR STUDIO}): then the words after it are no town.
     */
    private static boolean partnersBeforeTrade(List<Piece> pieces, int co) {
        String last = pieces.get(pieces.size() - 1).norm;
        return pieces.get(co).norm.equals("CO") && pieces.get(co - 1).type == Piece.Type.AMPERSAND
                && (DescriptorVocabulary.NAME_ENDINGS.contains(last) || TRADE_ENDINGS.contains(last));
    }

    private static boolean countyOffice(List<Piece> pieces, int co) {
        // a CO hyphenated to the word before it is part of a name (DEL-CO WATER), not a county
        return co > 0 && co + 1 < pieces.size() && pieces.get(co).norm.equals("CO")
                && !(pieces.get(co).glued() && pieces.get(co).sepBefore == '-')
                && pieces.get(co - 1).isWord() && COUNTY_OFFICES.contains(pieces.get(co + 1).norm);
    }

    private static boolean coOp(List<Piece> pieces, int co) {
        Piece op = pieces.get(co + 1);
        return pieces.get(co).norm.equals("CO") && op.norm.equals("OP") && op.glued() && op.sepBefore == '-';
    }

    /**
     * HSBC and Lloyds print the town after the name, and a local firm's name often opens with its town ({@code
     * BEESTON FLOORING CENTRE BEESTON}): a last word that repeats the first, after two words of name, is the town.
     */
    private static int withoutRepeatedTown(List<Piece> pieces, int end) {
        return end >= 4 && pieces.get(end - 1).isWord() && pieces.get(end - 1).norm.length() >= 4
                && pieces.get(end - 1).norm.equals(pieces.get(0).norm) ? end - 1 : end;
    }

    /**
     * The number of pieces of a legal form written as dotted letters at {@code k} ({@code D.O.O.}, {@code A.S.},
     * {@code P.L.C.}), or 0: single letters glued by dots that spell a form.
     */
    private static int dottedLegalForm(List<Piece> pieces, int k) {
        int letters = 0;
        while (letters < MAX_DOTTED_FORM && k + letters < pieces.size()
                && dottedLetter(pieces, k + letters, letters == 0)) {
            letters++;
        }
        // built only for the rare run of two or three dotted letters
        for (int length = letters; length >= 2; length--) {
            StringBuilder form = new StringBuilder(length);
            for (int j = k; j < k + length; j++) {
                form.append(pieces.get(j).norm);
            }
            if (COMPANY_SUFFIXES.contains(form.toString())) {
                return length;
            }
        }
        return 0;
    }

    private static boolean dottedLetter(List<Piece> pieces, int j, boolean first) {
        Piece piece = pieces.get(j);
        return piece.norm.length() == 1 && piece.isWord() && (first
                || piece.index == pieces.get(j - 1).index + 1 && piece.sepBefore == '.' && !piece.spaceBefore);
    }

    /**
     * A known town at the end goes even without the evidence the normalizer asks for ({@code THE RED LION
     * PUB CHELMSFORD}), unless the normalizer already took one: of {@code YMCA OF GREATER SEATTLE SEATTLE}
     * the first is part of the name.
     */
    private static int withoutTrailingPlace(List<Piece> pieces, int end) {
        return withoutTrailingPlace(pieces, end, 1);
    }

    /**
     * South Tyrol's banks print a town under both its names joined by a slash ({@code BRIXEN/BRESSANONE}): when the
     * town taken off after {@code end} was glued by a slash to a known town before it, that one goes too.
     */
    private static int withoutOtherNameOfTown(List<Piece> pieces, int end, String raw) {
        if (end < 1) {
            return end;
        }
        int after = pieces.get(end - 1).rawEnd;
        boolean slashed = after + 1 < raw.length() && raw.charAt(after) == '/'
                && Character.isLetter(raw.charAt(after + 1));
        return slashed ? withoutTrailingPlace(pieces, end, 2) : end;
    }

    /** As above, leaving at least {@code minWords} pieces of name. */
    private static int withoutTrailingPlace(List<Piece> pieces, int end, int minWords) {
        if (end < minWords + 1 || !pieces.get(end - 1).is(DescriptorVocabulary.PLACE_END)) {
            return end;
        }
        for (int length = Math.min(DescriptorVocabulary.LONGEST_PLACE, end - minWords); length >= 1; length--) {
            StringBuilder place = new StringBuilder();
            for (int k = end - length; k < end; k++) {
                place.append(k > end - length ? " " : "").append(pieces.get(k).norm);
            }
            if (DescriptorVocabulary.PLACES.contains(place.toString())
                    && !pieces.get(end - length - 1).guardsPlace()) {
                return withoutQuarterOfTown(pieces, end - length, minWords);
            }
        }
        return end;
    }

    /**
     * A quarter's name right before the town goes with it ({@code HONEST BURGERS BRIXTON LONDON}, {@code … WEST
     * LONDON}), when two words of name stay.
     */
    private static int withoutQuarterOfTown(List<Piece> pieces, int end, int minWords) {
        if (end < Math.max(minWords, 2) + 1) {
            return end;
        }
        Piece quarter = pieces.get(end - 1);
        return DescriptorVocabulary.TOWN_QUARTERS.contains(quarter.norm) && !pieces.get(end - 2).guardsPlace()
                ? end - 1 : end;
    }

    /**
     * {@code COMUNE DI MODENA MENSA SCOLASTICA}, {@code STADT LEIPZIG STADTKASSE}, {@code GEMEENTE TILBURG AANSLAG}: a
     * municipality's name is its opening word and its town; the office or service printed after a known town is no
     * part of it.
     */
    private static int afterMunicipalityTown(List<Piece> pieces) {
        if (pieces.size() < 3 || !MUNICIPALITY_OPENINGS.contains(pieces.get(0).norm)) {
            return pieces.size();
        }
        int town = MUNICIPALITY_JOINERS.contains(pieces.get(1).norm) ? 2 : 1;
        for (int length = Math.min(DescriptorVocabulary.LONGEST_PLACE, pieces.size() - town - 1); length >= 1;
                length--) {
            if (DescriptorVocabulary.PLACES.contains(joined(pieces, town, town + length))) {
                return town + length;
            }
        }
        return pieces.size();
    }

    /**
     * The owner printed after an Italian shop's name: {@code DI} and the family name the shop already carries ({@code
     * PANIFICIO GROSSO DI GROSSO ELENA}) or the owner's first name it carries ({@code ACCONCIATURE NADIA DI ROSSI
     * NADIA}) or a double family name joined by a hyphen ({@code BAR SOLE DI ROSSI-BIANCHI}), and a pharmacist's
     * or vet's title after a pharmacy's or clinic's name ({@code FARMACIA SAN ROCCO DOTT. RIVA}, {@code
     * STADTAPOTHEKE … MAG. PHARM. …}, {@code TIERKLINIK … DRES. …}).
     */
    private static int beforeOwner(List<Piece> pieces) {
        // the practice's word may follow a hyphen (LOEWEN-APOTHEKE)
        boolean pharmacy = pieces.size() > 1 && (ownedPractice(pieces.get(0).norm) || ownedPractice(pieces.get(1).norm));
        for (int k = 2; k < pieces.size() - 1; k++) {
            String norm = pieces.get(k).norm;
            if (pharmacy && PHARMACIST_TITLES.contains(norm)
                    || norm.equals("DI") && (namedBefore(pieces, k, k + 1) || namedBefore(pieces, k, k + 2)
                    || doubleFamilyName(pieces, k + 1))) {
                return k;
            }
        }
        return pieces.size();
    }

    private static boolean ownedPractice(String first) {
        return first.equals("FARMACIA") || first.endsWith("APOTHEKE") || first.equals("TIERKLINIK");
    }

    private static boolean doubleFamilyName(List<Piece> pieces, int at) {
        if (at + 1 >= pieces.size()) {
            return false;
        }
        Piece second = pieces.get(at + 1);
        return pieces.get(at).isWord() && second.isWord() && second.glued() && second.sepBefore == '-'
                && second.index == pieces.get(at).index + 1;
    }

    private static boolean namedBefore(List<Piece> pieces, int before, int at) {
        if (at >= pieces.size() || !pieces.get(at).isWord() || pieces.get(at).norm.length() < 3) {
            return false;
        }
        for (int k = 1; k < before; k++) {
            if (pieces.get(k).norm.equals(pieces.get(at).norm)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code … BREMEN-HORN}, {@code … KOELN-EHRENFELD}: a town joined by a hyphen to its district ends the text; it
     * goes when two words of name stay.
     */
    private static int withoutHyphenatedDistrict(List<Piece> pieces, int end) {
        if (end < 4) {
            return end;
        }
        Piece district = pieces.get(end - 1);
        Piece town = pieces.get(end - 2);
        boolean hyphenated = district.isWord() && district.glued() && district.sepBefore == '-'
                && district.index == town.index + 1;
        return hyphenated && DescriptorVocabulary.PLACES.contains(town.norm) && !pieces.get(end - 3).guardsPlace()
                ? end - 2 : end;
    }

    /**
     * {@code … ELBKANTE OTTENSEN} once {@code HAMBURG} was taken off: a district of a large city printed after the
     * name, when two words of name stay.
     */
    private static int withoutDistrictOfTown(List<Piece> pieces, int end) {
        return end > 2 && DescriptorVocabulary.CITY_DISTRICTS.contains(pieces.get(end - 1).norm)
                && !pieces.get(end - 2).guardsPlace() ? end - 1 : end;
    }

    private static String joined(List<Piece> pieces, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            text.append(k > from ? " " : "").append(pieces.get(k).norm);
        }
        return text.toString();
    }

    private static int withoutCompanySuffix(List<Piece> pieces, int end) {
        int first = end;
        while (end > 1) {
            Piece last = pieces.get(end - 1);
            Piece before = pieces.get(end - 2);
            if (end == first && last.norm.equals("CO")) {
                // a name that ends in CO is a trading name (BOOKWORM & CO, WILLAMETTE PIZZA CO); only GMBH & CO KG
                // and CO LTD hold it as part of a legal form
                break;
            }
            if (end == first && before.type == Piece.Type.AMPERSAND) {
                // a word joined to the name by & is part of it (SUNCOAST NAILS & SPA), not a legal form
                break;
            }
            if (COMPANY_SUFFIXES.contains(last.norm) || last.type == Piece.Type.AMPERSAND) {
                end--;
                // GMBH & CO KG is one legal form; of SUNNYSIDE NAIL SPA INC only INC is
                if (!COMBINED_SUFFIXES.contains(last.norm) && last.type != Piece.Type.AMPERSAND) {
                    break;
                }
            } else if (last.norm.length() == 1 && before.norm.length() == 1 && end > 2
                    && COMPANY_SUFFIXES.contains(before.norm + last.norm)) {
                end -= 2;
            } else if (end > 3 && last.norm.length() == 1 && before.norm.length() == 1
                    && pieces.get(end - 3).norm.length() == 1
                    && COMPANY_SUFFIXES.contains(pieces.get(end - 3).norm + before.norm + last.norm)) {
                end -= 3;
            } else {
                break;
            }
        }
        return end;
    }

    /** UK banks print a building society's name with {@code B/S} ({@code HARTSWOOD B/S MTGE}), as others print BS. */
    private static boolean slashedBuildingSociety(Piece b, Piece s) {
        return b.norm.equals("B") && s.norm.equals("S") && s.glued() && s.sepBefore == '/' && s.index == b.index + 1;
    }

    /** Words glued by a hyphen, dot, ampersand or plus stay glued ({@code 7-Eleven}, {@code AT&T}, {@code Disney+}). */
    private static void appendJoiner(StringBuilder name, Piece previous, Piece piece) {
        boolean adjacent = piece.index == previous.index + 1 && piece.glued();
        boolean plusSign = piece.rawEnd - piece.rawStart == 1 && piece.norm.equals(DescriptorScanner.PLUS);
        if (adjacent && (piece.type == Piece.Type.AMPERSAND || previous.type == Piece.Type.AMPERSAND || plusSign)) {
            return;
        }
        if (adjacent && (piece.sepBefore == '-' || piece.sepBefore == '.')) {
            name.append(piece.sepBefore);
            return;
        }
        name.append(' ');
    }

    private static String display(String raw, List<Piece> pieces, int k, boolean first, boolean german,
                                  boolean familyName) {
        Piece piece = pieces.get(k);
        String text = raw.substring(piece.rawStart, piece.rawEnd);
        if (german && piece.type == Piece.Type.WORD) {
            text = familyName ? GermanSpelling.restoreFamilyName(text) : GermanSpelling.restore(text);
        }
        switch (piece.type) {
            case AMPERSAND:
                return "&";
            case WORD:
                if (text.equals("+")) {
                    return text;
                }
                String printed = text.toUpperCase(Locale.ROOT);
                if (piece.townCompleted) {
                    return titleCase(piece.norm);
                }
                if (!first && SHORTENED_WORDS.containsKey(printed) && !innsRest(pieces, k)) {
                    return SHORTENED_WORDS.get(printed);
                }
                break;
            case NUMBER:
                return text;
            case MIXED:
                return mixedCase(text, piece.norm);
            default:
                break;
        }
        if (besideGluedAmpersand(pieces, k) || isInitialism(piece.norm)) {
            return text.toUpperCase(Locale.ROOT);
        }
        if (!first && LOWER_CASE_WORDS.contains(piece.norm)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return piece.possessive ? titleCase(text) + "'s" : titleCase(text);
    }

    /**
     * {@code THE DROVERS REST}, {@code TRAVELLERS REST}: after the people an inn shelters, {@code REST} is the inn's
     * own word, not a restaurant cut short.
     */
    private static boolean innsRest(List<Piece> pieces, int k) {
        return pieces.get(k).norm.equals("REST") && pieces.get(k - 1).norm.endsWith("S");
    }

    /** {@code AT&T}, {@code H&M}, {@code B&Q}: short letters glued to an ampersand are an initialism. */
    private static boolean besideGluedAmpersand(List<Piece> pieces, int k) {
        Piece piece = pieces.get(k);
        if (piece.norm.length() > 2) {
            return false;
        }
        Piece next = k + 1 < pieces.size() ? pieces.get(k + 1) : null;
        Piece previous = k > 0 ? pieces.get(k - 1) : null;
        return (next != null && next.type == Piece.Type.AMPERSAND && next.glued() && next.index == piece.index + 1)
                || (previous != null && previous.type == Piece.Type.AMPERSAND && piece.glued()
                    && piece.index == previous.index + 1);
    }

    /** Short words without a vowel (a leading Y is none) are abbreviations: {@code KFC}, {@code BP}, {@code NYC}. */
    private static boolean isInitialism(String norm) {
        if (norm.length() > 4 || TITLE_CASE_ABBREVIATIONS.contains(norm)) {
            return false;
        }
        for (int i = 0; i < norm.length(); i++) {
            if ("AEIOU".indexOf(norm.charAt(i)) >= 0 || (i > 0 && norm.charAt(i) == 'Y')) {
                return false;
            }
        }
        return true;
    }

    /** {@code JOE'S} → {@code Joe's}, {@code O'REILLY} → {@code O'Reilly}, {@code MCDONALD'S} → {@code McDonald's}. */
    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean upperNext = true;
        int lettersSinceBreak = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                out.append(c);
                upperNext = lettersSinceBreak == 1 && i + 2 < text.length();
                lettersSinceBreak = 0;
                continue;
            }
            out.append(upperNext ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upperNext = false;
            lettersSinceBreak++;
            if (lettersSinceBreak == 2 && out.length() >= 2 && i + 2 < text.length()
                    && out.substring(out.length() - 2).equals("Mc")) {
                upperNext = true;
                lettersSinceBreak = 0;
            }
        }
        // Greek writes its sigma at a word's end as ς (ΦΟΥΡΝΟΣ → Φουρνος, not Φουρνοσ)
        int last = out.length() - 1;
        if (last > 0 && out.charAt(last) == 'σ' && Character.isLetter(out.charAt(last - 1))) {
            out.setCharAt(last, 'ς');
        }
        return out.toString();
    }

    /** {@code 7ELEVEN} → {@code 7Eleven}, {@code 1PASSWORD} → {@code 1Password}, {@code 21ST} → {@code 21st}. */
    private static String mixedCase(String text, String norm) {
        String letters = norm.replaceAll("[0-9]", "");
        if (letters.equals("ST") || letters.equals("ND") || letters.equals("RD") || letters.equals("TH")) {
            return text.toLowerCase(Locale.ROOT);
        }
        if (isInitialism(letters)) {
            return text.toUpperCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean upperNext = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                out.append(c);
                upperNext = true;
            } else {
                out.append(upperNext ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upperNext = false;
            }
        }
        return out.toString();
    }
}
