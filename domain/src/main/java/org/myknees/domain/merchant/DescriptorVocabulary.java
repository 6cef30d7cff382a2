package org.myknees.domain.merchant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed words and phrases of bank descriptors that carry no merchant name: card and direct-debit
 * framing, payment processors, field labels, location codes and places. Everything is in matching form.
 */
final class DescriptorVocabulary {

    /** What a field label does to the value that follows it. */
    enum LabelAction {
        /** The label goes, its value stays ({@code DES:PAYROLL}, {@code NAME/J JANSEN}). */
        KEEP_VALUE,
        /** Label and the one value after it go ({@code ID:123}, {@code EREF: ABC}). */
        DROP_VALUE,
        /** Label and everything up to the next label go ({@code INDN:DOE JOHN CO ID:...}). */
        DROP_UNTIL_LABEL
    }

    /**
     * A card processor or platform printed before the real merchant, the name it goes by, and whether it is
     * itself the seller when the merchant after it is unknown (an app store or delivery platform is; a card
     * processor such as Square is not).
     */
    record Intermediary(String canonical, boolean needsStar, boolean sellsItself) {
    }

    /** Banks whose card products name the bank before the shop ({@code DKB VISA DEBIT}, {@code POSTBANK CARD}). */
    private static final List<String> BANKS_BEFORE_CARD = List.of("POSTBANK", "DKB", "TARGOBANK", "COMDIRECT",
            "CONSORSBANK", "ING", "N26", "C24", "NORISBANK", "COMMERZBANK", "DEUTSCHE BANK", "HYPOVEREINSBANK", "HVB",
            "SPARKASSE", "VOLKSBANK", "SPARDA", "BARCLAYS", "REVOLUT", "BUNQ", "KBC", "BELFIUS", "ABN AMRO", "RABO",
            "SNS", "BOURSORAMA", "FORTUNEO", "HELLO BANK", "BBVA", "SABADELL", "BANKINTER", "FINECO", "INTESA",
            "UNICREDIT", "ERSTE", "RAIFFEISEN", "BAWAG", "NAVY FEDERAL", "PENFED", "CHIME", "VARO", "SOFI");
    /** Printed before the merchant by card and direct-debit statements; say how, not whom, the customer paid. */
    static final PhraseTable<Boolean> FRAMING = new PhraseTable<>();
    static final PhraseTable<Intermediary> INTERMEDIARIES = new PhraseTable<>();
    static final PhraseTable<LabelAction> LABELS = new PhraseTable<>();
    /**
     * Labels some banks print without a colon ({@code Mandatsref. KW-2281 Gläubiger-ID DE98ZZZ...},
     * {@code ICS FR12ZZZ... RUM PO-001}): they count as labels when the value after them holds a digit.
     */
    static final Set<String> BARE_LABELS = Set.of("MANDATSREF", "MANDATSREFERENZ", "GLAEUBIGER ID", "GLAUBIGER ID",
            "ICS", "RUM", "MACHTIGING", "INCASSANT", "KENMERK", "DEBITK", "CON LA TARJETA", "FACT", "ECH",
            "BEITRAGSNR", "KD NR", "VS NR", "KFN", "VJ", "ID EMETTEUR", "MDT",
            "KURS", "UMSATZ VOM", "FECHA OPERACION", "FECHA", "KARTENNR", "FOLGENR", "VERFALLD",
            "VS", "SS", "KS", "POZIV NA BROJ", "NO CARTE", "CARTE NO", "MANDAT", "IBAN", "DATA OPERAZIONE",
            "DATA VALUTA",
            // Postbank names the creditor's id as its submitter (Einreicher-ID DE31…)
            "EINREICHER ID");
    /**
     * Words after which the payee's name comes, whatever precedes them: German PayPal debits name the shop
     * only at the end ({@code PAYPAL EUROPE ... IHR EINKAUF BEI SCHUHHAUS BERGER}).
     */
    static final PhraseTable<Boolean> NAME_FOLLOWS = new PhraseTable<>();
    /**
     * Payment service providers that collect a web shop's iDEAL and card payments in their own name ({@code NAME/
     * Stichting Mollie Payments/REMI/M4123 0412 Kaashandel De Groene Weide}): the shop is named in the next field.
     */
    static final PhraseTable<Boolean> COLLECTING_PROVIDERS = new PhraseTable<>();
    /**
     * The kind of entry some exports print after the counterparty and its town ({@code … LEEDS GB Contactless},
     * {@code … Faster payment}, Starling's type column): it ends the text and is never part of a name.
     */
    static final PhraseTable<Boolean> TRAILING_ENTRY_TYPES = new PhraseTable<>();
    /**
     * How money moved, printed before or after the counterparty of a transfer or debit ({@code BRITISH GAS DD},
     * {@code VIR SEPA RECU DE ...}); kept for matching, since it says a transfer happened, but never part of a name.
     */
    static final PhraseTable<Boolean> CHANNELS = new PhraseTable<>();
    /**
     * Channel words that banks print after the counterparty; TSB's export ends a card purchase with its entry type
     * ({@code … DEB}), Barclays a bill payment ({@code … BBP}).
     */
    static final Set<String> TRAILING_CHANNELS = Set.of("DD", "DDR", "SO", "STO", "BGC", "BACS", "FPI", "FPO", "FP",
            "CR", "CLP", "BCC", "CPM", "CONTACTLESS", "MOBI", "VIS", "ONLINE", "DEB", "BBP");
    /** Card networks an aggregator prints after the merchant's state code ({@code … SEATTLE WA VISA}). */
    static final Set<String> CARD_NETWORKS = Set.of("VISA", "MASTERCARD", "MC", "AMEX", "DISCOVER", "MAESTRO");
    /** Words a possessive {@code S} is never glued to: {@code FPO S WILLIAMS} is a transfer to S Williams. */
    static final Set<String> NEVER_POSSESSIVE = Set.of("FPO", "FPI", "BGC", "SO", "DD", "TO", "FROM", "FOR", "REF",
            "AN", "VAN", "NAAR", "DE", "VERS", "A", "EUROPE", "CIE", "INH");
    /**
     * Words that open the name of an inn, a trattoria or a bistro in its own language, mapped to the trade word such
     * a name stands for: German and Austrian inns are named {@code ZUM}/{@code ZUR} + a sign ({@code ZUM GOLDENEN
     * LAMM}) or {@code BEIM} + the landlord, French bistros {@code CHEZ} + a first name, Italian trattorias {@code
     * DA}/{@code DAL} + the cook, Spanish and Portuguese restaurants {@code CASA} + a name, Dutch and Flemish cafés
     * {@code IN DE}/{@code IN DEN} + a sign, English pubs {@code YE OLDE}. They count only when nothing else in the
     * text is known and a word follows.
     */
    static final Map<String, String> NAME_OPENINGS = Map.ofEntries(Map.entry("ZUM", "GASTHAUS"),
            Map.entry("ZUR", "GASTHAUS"), Map.entry("BEIM", "GASTHAUS"), Map.entry("CHEZ", "BISTRO"),
            Map.entry("DA", "TRATTORIA"), Map.entry("DAL", "TRATTORIA"), Map.entry("DALLA", "TRATTORIA"),
            Map.entry("CASA", "RESTAURANTE"), Map.entry("EL RINCON", "RESTAURANTE"),
            Map.entry("O CANTINHO", "RESTAURANTE"), Map.entry("IN DE", "EETCAFE"), Map.entry("IN DEN", "EETCAFE"),
            Map.entry("IN HET", "EETCAFE"), Map.entry("HET WAPEN", "EETCAFE"), Map.entry("YE OLDE", "PUB"));
    /**
     * The things an English pub sign shows ({@code THE WHITE LION}, {@code THE ROSE & CROWN}, {@code THE CRICKETERS}):
     * a name of {@code THE} and nothing but these and {@link #SIGN_WORDS} is a pub.
     */
    static final Set<String> SIGN_NOUNS = Set.of("LION", "HART", "HORSE", "HORSES", "BULL", "SWAN", "BOAR", "COW",
            "STAG", "OAK", "EAGLE", "DRAGON", "BEAR", "HIND", "ROEBUCK", "FALCON", "PHEASANT", "PEACOCK", "COCK",
            "GRIFFIN", "UNICORN", "GREYHOUND", "HOUNDS", "FOX", "HARE", "GOOSE", "LAMB", "RAM", "CROWN", "ROSE",
            "ANCHOR", "PLOUGH", "PLOW", "WHEATSHEAF", "BELL", "BELLS", "SHIP", "KEYS", "HORSESHOES", "FEATHERS",
            "MITRE", "FLAG", "CHEQUERS", "GEORGE", "WOOLPACK", "BEEHIVE", "CRICKETERS", "BRICKLAYERS", "WHEELWRIGHTS",
            "CARPENTERS", "MASONS", "FREEMASONS", "BLACKSMITHS", "DROVERS", "HAYMAKERS", "FERRYMAN", "WAGGONERS",
            "MALTSTERS", "COACH", "CUSHION", "SHOULDER", "MUTTON", "SHEAF", "HAYCUTTER", "TRAVELLERS");
    /** Colours, numbers and other words of pub signs around {@link #SIGN_NOUNS} ({@code THE THREE HORSESHOES}). */
    static final Set<String> SIGN_WORDS = Set.of("RED", "WHITE", "BLACK", "GOLDEN", "GREEN", "BLUE", "GREY", "DUN",
            "ROYAL", "OLD", "OLDE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "CROSS", "CROSSED",
            "SPREAD", "JOLLY", "&", "AND", "OF");
    /** Titles that open a pub named after a person ({@code THE DUKE OF WELLINGTON}, {@code THE MARQUIS OF GRANBY}). */
    static final Set<String> SIGN_TITLES = Set.of("DUKE", "DUCHESS", "EARL", "MARQUIS", "PRINCE", "PRINCESS",
            "KING", "QUEEN", "LORD");
    /**
     * Nouns that end business names ({@code BLUE MOON DINER}): the word before a US state code is the town
     * only when it is not one of these.
     */
    static final Set<String> NAME_ENDINGS = Set.of("SHOP", "SHOPS", "STORE", "STORES", "MARKET", "MART", "CAFE",
            "DINER", "GRILL", "BAR", "PUB", "INN", "PIZZA", "PIZZERIA", "BAKERY", "KITCHEN", "HOUSE", "RESTAURANT",
            "TAVERN", "SALON", "SPA", "STUDIO", "CLINIC", "HOSPITAL", "PHARMACY", "DENTAL", "DENTISTRY", "CENTER",
            "CENTRE", "STATION", "WASH", "REPAIR", "SERVICE", "SERVICES", "HARDWARE", "SUPPLY", "FITNESS", "GYM",
            "YOGA", "BBQ", "COFFEE", "ROASTERS", "FOODS", "LIQUOR", "LIQUORS", "WINE", "WINES", "SPIRITS", "BOUTIQUE",
            "BOOKS", "BOOKSHOP", "CLEANERS", "LAUNDRY", "MOTEL", "HOTEL", "LODGE", "PARKING", "GARAGE", "AUTO",
            "TIRE", "TIRES", "MOTORS", "APARTMENTS", "DONUTS", "CREAMERY", "BREWERY", "BREWING", "TAQUERIA",
            "CANTINA", "SUSHI", "THEATER", "THEATRE", "CINEMA", "CINEMAS", "ZOO", "MUSEUM", "LANES", "BOWL",
            "ACADEMY", "SCHOOL", "CHURCH", "PARISH", "FARM", "FARMS", "FLOWERS", "FLORIST", "GALLERY", "OUTFITTERS",
            "SUPPLIES", "PETS", "VET", "HOSPITALITY", "GO", "EXPRESS", "PLUS", "DELI", "BISTRO", "CO", "COMPANY",
            "GROUP", "ASSOCIATES", "PARTNERS", "OPTICAL", "DRUG", "DRUGS", "CHEMIST", "BURGER", "BURGERS",
            "CHICKEN", "TACOS", "NOODLE", "NOODLES", "PHO", "RAMEN", "BAGELS", "BAGEL", "TEA", "JUICE",
            "PLUMBING", "ELECTRIC", "ROOFING", "LANDSCAPING", "CARE", "HEALTH", "MEDICAL", "PEDIATRICS", "THERAPY",
            "ORTHODONTICS", "STORAGE", "RENTAL", "RENTALS", "CLUB", "GOLF", "PARK", "TRUCK", "CART", "STAND",
            "OPTICIANS", "BUTCHERS", "BARBERS", "FLORISTS", "JEWELLERS", "JEWELERS", "BAKERS", "GROCERS");
    /**
     * What a debit or transfer was for, printed after the counterparty's name ({@code STADT KOELN
     * GRUNDBESITZABGABEN}, {@code BRISTOL CITY COUNCIL CTAX}, {@code SANITAS SEGURO MEDICO}): the name ends
     * before the first of them.
     */
    static final Set<String> PURPOSE_WORDS = Set.of(
            "RENT", "PAYMENT", "PMT", "PYMT", "BILL", "BILLPAY", "INVOICE", "PREMIUM", "PREM", "SUBSCRIPTION",
            "MEMBERSHIP", "DUES", "FEE", "FEES", "TAX", "CTAX", "OFFERING", "TUITION", "INSTALLMENT", "PATIENT",
            "MIETE", "BEITRAG", "MITGLIEDSBEITRAG", "MITGLIEDSCHAFT", "ABSCHLAG", "RECHNUNG", "RATE", "KURSGEBUEHR",
            "GEBUEHR", "GEBUEHREN", "ABO", "KUNDENNR", "KUNDENNUMMER", "VERTRAG", "VERTRAGSNR", "GRUNDBESITZABGABEN",
            "KASSENZEICHEN", "STEUER", "ERSTATTUNG", "LOHN", "GEHALT", "SPENDE", "ABFALLGEBUEHREN", "FILIALE",
            "LOYER", "FACTURE", "ECHEANCE", "COTISATION", "ABONNEMENT", "CANTINE", "TAXE", "IMPOT", "SALAIRE",
            "REMBOURSEMENT", "MENSUALITE", "HUUR", "FACTUUR", "TERMIJN", "TERMIJNBEDRAG", "VOORSCHOT", "PREMIE",
            "CONTRIBUTIE", "LIDMAATSCHAP", "BELASTING", "AFVALSTOFFENHEFFING", "SALARIS", "BESTELLING",
            "TERUGBETALING", "ALQUILER", "FACTURA", "CUOTA", "QUOTA", "SEGURO", "IBI", "NOMINA", "IMPUESTO", "AFFITTO",
            "FATTURA", "BOLLETTA", "RATA", "CANONE", "STIPENDIO", "PRAEMIE", "KFZ", "ASSURANCE", "POLIZZA", "CONCEPTO",
            "DRINKWATER", "GEMEENTELIJKE", "UTIL", "UTILITIES", "MTG", "INS", "REF", "LOAN", "INSPEKTION",
            "BELASTINGEN", "REFERENCE", "PMTS", "RENEWAL", "PAYMT", "PYMNT", "PMNT",
            // a Finnish town's early-education bill (… KAUPUNKI VARHAISKASVATUS) and a Slovak or Czech invoice
            "VARHAISKASVATUS", "FAKTURA",
            "TEILBETRAG", "TEILZAHLUNG", "VORAUSZAHLUNG",
            // Postbank's debits print the creditor's reference after its name (… GMBH REFERENZ 2026…)
            "REFERENZ",
            // a patient's share, a private doctor's bill, a fuel card's statement, a Spanish social contribution
            "EIGENANTEIL", "ZUZAHLUNG", "PRIVATRECHNUNG", "TANKRECHNUNG", "COTIZACION",
            // a monthly fee and an invoice in Portuguese, Finnish, Estonian, Latvian, Lithuanian, Slovenian and
            // Croatian debits (… MENSALIDADE, … FATURA 0326, … LASKU 03/2026, … ARVE, … REKINS, … RACUN)
            "MENSALIDADE", "FATURA", "LASKU", "ARVE", "REKINS", "SASKAITA", "RACUN",
            // Chase prints the ACH entry description glued into one word after the payee (… UTILITYPMT PPD ID: …)
            "UTILITYPMT", "BILLPMT", "ONLINEPMT", "WEBPMT", "AUTOPAY", "AUTOPMT", "INSPREM",
            // exports that join the payee, the booking type and the purpose fields (DKB, ING, N26: ZAHNARZTPRAXIS DR.
            // KUEHN UEBERWEISUNG RECHNUNG …, SV LINDENAU E.V. LASTSCHRIFT MITGLIEDSBEITRAG …)
            "LASTSCHRIFT", "UEBERWEISUNG", "GUTSCHRIFT", "DAUERAUFTRAG", "KARTENZAHLUNG", "ECHTZEITUEBERWEISUNG",
            "FOLGELASTSCHRIFT", "ERSTLASTSCHRIFT",
            // the owner printed after a German or Austrian shop's name (EISCAFE ROMA INH. M. ROSSI)
            "INH", "INHABER", "INHABERIN",
            // Austrian exports print the purpose field's label without a colon (... E.U. VERWENDUNGSZWECK RECHNUNG)
            "VERWENDUNGSZWECK", "ZAHLUNGSGRUND",
            // a UK garage name followed by the service paid for (HOLLYBUSH GARAGE MOT); MOT CENTRE stays a trade
            "MOT",
            // ING's card debits end the shop's name with the kind of entry (... LEIPZIG KAUFUMSATZ 03.03 ARN...)
            "KAUFUMSATZ",
            // the branch of a Slovenian chain (LEKARNA LJUBLJANA ENOTA BEZIGRAD), like FILIALE
            "ENOTA",
            // an Italian street after the shop's name (ESSELUNGA VIA RIPAMONTI MILANO), a Dutch card paid "via" a bank
            "VIA", "VIALE", "PIAZZA", "CORSO",
            // a shop's thanks printed after its name (BILLA DANKT, ALDI SUED SAGT DANKE)
            "DANKT", "SAGT",
            // an invoice's German or Dutch short word and a church's collection (… RG 2290, … NOTA 4410, … COLLECTE)
            "RG", "NOTA", "COLLECTE", "KOLLEKTE", "PARKEERVERGUNNING",
            // a month written out after a creditor's name says which bill it was (CRECHE LES LUTINS MARS)
            "JANVIER", "FEVRIER", "MARS", "AVRIL", "JUIN", "JUILLET", "AOUT", "SEPTEMBRE", "OCTOBRE", "NOVEMBRE",
            "DECEMBRE", "JANUAR", "FEBRUAR", "MAERZ", "OKTOBER", "DEZEMBER", "JANUARI", "FEBRUARI", "MAART",
            "AUGUSTUS", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
            "NOVEMBER", "DECEMBER", "JUNI", "JULI", "ENERO", "FEBRERO", "MARZO", "ABRIL", "JUNIO", "AGOSTO",
            "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE", "GENNAIO", "FEBBRAIO", "APRILE", "MAGGIO", "GIUGNO",
            "LUGLIO", "SETTEMBRE", "OTTOBRE", "DICEMBRE",
            // what a bill was for, printed after the creditor in the UK, France, Spain and the Netherlands (… LETTINGS
            // FLAT 7 RENT, … B/S MTGE, HALTE GARDERIE … PARTICIPATION, SEGUROS BRAVO POLIZA 55120, … AFLOSSING …)
            "FLAT", "MTGE", "PAYMENTS", "PARTICIPATION", "POLIZA", "AFLOSSING", "STUDIESCHULD",
            // wages named in English after the employer, as LOHN, SALAIRE and NOMINA are (… CARE HOMES SALARIES)
            "SALARY", "SALARIES", "WAGES",
            // a French bill's fees, service charges and practitioners' fees, a UK school's meals (… FRAIS SCOLARITE,
            // SYNDIC … CHARGES COPROPRIETE, CABINET … HONORAIRES, … PRIMARY SCHOOL DINNERS)
            "FRAIS", "SCOLARITE", "CHARGES", "HONORAIRES", "DINNERS", "LUNCHES",
            // Italian local taxes printed after the town that levies them (COMUNE DI BERGAMO TARI), a Greek bill of
            // electricity or water after its supplier (… LOGARIASMOS REVMATOS)
            "TARI", "TARES", "TASI", "IMU", "LOGARIASMOS",
            // a Spanish town's fees (AYUNTAMIENTO DE … TASA BASURAS), an Italian school meal or fee and the code of a
            // pagoPA notice (COMUNE DI … REFEZIONE SCOLASTICA IUV …, … RETTA)
            "TASA", "TASAS", "BASURAS", "REFEZIONE", "RETTA", "IUV",
            // a German co-operative's charge for a flat, an Italian ticket office and a Dutch town's tax assessment
            // (… WOHNUNGSBAUGENOSSENSCHAFT … EG NUTZUNGSENTGELT, … BIGLIETTERIA STAZIONE, GEMEENTE … AANSLAG 2026)
            "NUTZUNGSENTGELT", "BIGLIETTERIA", "AANSLAG",
            // the owner printed after an Italian shop's name, as INH is after a German one (BAR SPORT TITOLARE ROSSI)
            "TITOLARE",
            // a UK club's members' subscriptions paid by standing order (… ATHLETIC CLUB SUBS, … JFC MONTHLY SUBS)
            "SUBS",
            // what a Finnish, Slovak or Greek debit was for, printed after the creditor (… AS OY … VASTIKE, … RY
            // KAUSIMAKSU, … ZALOHA PLYN, … SKOLNE, FRONTISTIRIO … DIDAKTRA, … LOGARIASMOS REVMATOS)
            "VASTIKE", "HOITOVASTIKE", "YHTIOVASTIKE", "RAHOITUSVASTIKE", "KAUSIMAKSU", "ZALOHA", "SKOLNE", "DIDAKTRA",
            "REVMATOS");
    /**
     * The kind of loan or payment, printed before the purpose word ({@code MORTGAGE PMT}, {@code AUTO PMT}, {@code
     * WEB PMTS}).
     */
    static final Set<String> PAYMENT_KINDS = Set.of("MORTGAGE", "AUTO", "CAR", "LOAN", "STUDENT", "HOME", "MTG",
            "WEB", "ONLINE", "MOBILE", "UTILITY",
            // council tax printed C.TAX or C TAX after the council (BRADFORD MDC C.TAX)
            "C",
            // how often a fee or subscription falls due (… MONTHLY SUBS, … ANNUAL FEE)
            "MONTHLY", "ANNUAL");
    /**
     * Endings of German and Dutch compounds that say what a debit was for ({@code HAUSRATVERSICHERUNG},
     * {@code ELTERNBEITRAG}, {@code WASSERGELD}, {@code WATERFACTUUR}): such a word after the creditor's name ends
     * it like a purpose word.
     */
    static final List<String> PURPOSE_ENDINGS = List.of("VERSICHERUNG", "BEITRAG", "GELD", "GEBUEHR", "GEBUEHREN",
            "STEUER", "RECHNUNG", "ABSCHLAG", "FACTUUR", "BELASTING", "BELASTINGEN", "PREMIE", "ENTGELT");
    /** First words of two-word US towns ({@code SAN LEANDRO}, {@code FORT MYERS}). */
    static final Set<String> TOWN_PREFIXES = Set.of("SAN", "SANTA", "ST", "SAINT", "NEW", "EAST", "WEST", "NORTH",
            "SOUTH", "FORT", "FT", "LOS", "LAS", "EL", "LA", "PORT", "MOUNT", "MT", "PALM", "GRAND", "LAKE", "LITTLE",
            "BATON", "CEDAR", "SALT", "BOWLING", "COLLEGE", "GLEN", "OCEAN", "DEL", "CAPE", "WHITE", "BIG", "ROUND");
    /**
     * Words that name a part of the town printed after them ({@code WEST DES MOINES}, {@code UPPER ARLINGTON},
     * {@code BRIXTON LONDON}):
     * right before a known town that ends the text they belong to it, not to the merchant's name.
     */
    static final Set<String> TOWN_QUARTERS = Set.of("NORTH", "SOUTH", "EAST", "WEST", "UPPER", "LOWER",
            // London's quarters, which card and app texts print before the city (HONEST BURGERS BRIXTON LONDON)
            "BRIXTON", "SOHO", "SHOREDITCH", "CLAPHAM", "PECKHAM", "DALSTON", "FULHAM", "HAMMERSMITH", "WHITECHAPEL",
            "BERMONDSEY", "DEPTFORD", "BALHAM", "TOOTING", "STREATHAM", "WALTHAMSTOW", "MARYLEBONE", "KENSINGTON",
            "CHISWICK", "HOLBORN", "SPITALFIELDS", "BATTERSEA", "ISLINGTON", "CAMDEN", "HACKNEY", "BOROUGH");
    /**
     * Districts of large euro-area cities that card texts print between the shop's name and the town ({@code
     * BLUMENHAUS LINDNER WINTERHUDE HAMBURG}, {@code PIZZERIA … VOMERO NAPOLI}); only names that are nothing else.
     */
    static final Set<String> CITY_DISTRICTS = Set.of(
            // Hamburg, Berlin, Munich, Cologne, Frankfurt, Bremen, Leipzig, Düsseldorf, Stuttgart
            "ALTONA", "OTTENSEN", "EIMSBUETTEL", "WINTERHUDE", "EPPENDORF", "BARMBEK", "HARVESTEHUDE", "ROTHERBAUM",
            "UHLENHORST", "WANDSBEK", "BLANKENESE", "BAHRENFELD", "LOKSTEDT", "NIENDORF", "POPPENBUETTEL",
            "KREUZBERG", "NEUKOELLN", "FRIEDRICHSHAIN", "CHARLOTTENBURG", "SCHOENEBERG", "MOABIT", "STEGLITZ",
            "ZEHLENDORF", "PANKOW", "TREPTOW", "KOEPENICK", "WILMERSDORF", "TEMPELHOF", "REINICKENDORF",
            "SCHWABING", "HAIDHAUSEN", "SENDLING", "GIESING", "PASING", "BOGENHAUSEN", "MAXVORSTADT", "TRUDERING",
            "EHRENFELD", "NIPPES", "LINDENTHAL", "DEUTZ", "RODENKIRCHEN", "BRAUNSFELD", "SACHSENHAUSEN",
            "BOCKENHEIM", "NORDEND", "NIEDERRAD", "VEGESACK", "SCHWACHHAUSEN", "FINDORFF", "HEMELINGEN",
            "OBERNEULAND", "GOHLIS", "PLAGWITZ", "CONNEWITZ", "REUDNITZ", "SCHLEUSSIG", "PAUNSDORF", "OBERKASSEL",
            "PEMPELFORT", "FLINGERN", "DERENDORF", "BENRATH", "GERRESHEIM", "DEGERLOCH", "ZUFFENHAUSEN",
            // Madrid, Barcelona, Seville, Valencia
            "CHAMBERI", "MALASANA", "LAVAPIES", "CHAMARTIN", "CARABANCHEL", "VALLECAS", "HORTALEZA", "ARGANZUELA",
            "MORATALAZ", "CHUECA", "EIXAMPLE", "POBLENOU", "SARRIA", "BARCELONETA", "RAVAL", "TRIANA", "NERVION",
            "RUZAFA", "RUSSAFA", "BENIMACLET", "CABANYAL",
            // Milan, Rome, Naples, Turin
            "BRERA", "NAVIGLI", "LAMBRATE", "BICOCCA", "CITTASTUDI", "TRASTEVERE", "TESTACCIO", "PARIOLI",
            "OSTIENSE", "PIGNETO", "CENTOCELLE", "VOMERO", "POSILLIPO", "CHIAIA", "FUORIGROTTA", "CROCETTA",
            "VANCHIGLIA", "LINGOTTO", "MIRAFIORI",
            // Amsterdam, Rotterdam, The Hague, Utrecht
            "JORDAAN", "WATERGRAAFSMEER", "SLOTERVAART", "OSDORP", "BUITENVELDERT", "KRALINGEN", "DELFSHAVEN",
            "HILLEGERSBERG", "SCHEVENINGEN", "OVERVECHT");
    /** Last words of two-word US towns ({@code TYBEE ISLAND}, {@code CORAL SPRINGS}). */
    static final Set<String> TOWN_SUFFIXES = Set.of("ISLAND", "BEACH", "CITY", "SPRINGS", "FALLS", "HEIGHTS",
            "VILLAGE", "HILLS", "VALLEY", "HARBOR", "RAPIDS", "CREEK", "BAY", "POINT", "JUNCTION", "GROVE", "RIDGE",
            "LAKES", "GARDENS", "BLUFFS", "MESA", "VISTA", "FORGE", "SHORES", "PLAINS", "CROSSING", "TOWNSHIP", "RIVER",
            "HILL", "WOODS", "MILLS", "CLAIRE", "BCH", "HTS", "SPGS");
    /**
     * Words banks shorten to fit a 22–25-character field, read in full for matching ({@code LITTLE SPROUTS LEARNING
     * CTR} is a learning center, {@code HORSHAM DISTRICT CNCL} a council).
     */
    static final Map<String, String> SHORTENED_FOR_MATCHING = Map.of("CTR", "CENTER", "CNCL", "COUNCIL",
            "MTN", "MOUNTAIN", "APTS", "APARTMENTS");
    /** Tags of the German structured SEPA text ({@code EREF+ … MREF+ … CRED+ … SVWZ+ …}). */
    static final Set<String> PLUS_TAGS = Set.of("EREF", "MREF", "CRED", "SVWZ", "KREF", "ABWA", "ABWE", "IBAN",
            "BIC", "DEBT", "COAM", "OAMT", "PURP");
    /** Labels recognised in the slash-delimited SEPA form {@code /TRTP/.../NAME/.../REMI/...}. */
    static final Set<String> SLASH_LABELS = Set.of("TRTP", "IBAN", "BIC", "NAME", "REMI", "EREF", "MARF", "CSID",
            "ORDP", "BENM", "ID", "ISDT", "RTRN", "CNTP", "PURP", "ULTD", "ULTC");

    /** Words that name the number printed after them ({@code STORE 0123}, {@code CARD 1234}). */
    static final Set<String> NUMBER_LABELS = Set.of("STORE", "STR", "NO", "NR", "NUM", "NUMBER", "LOC",
            "UNIT", "TERM", "TERMINAL", "FIL", "FILIALE", "MAGASIN", "KASSE", "REG", "LANE", "POS", "SITE", "BRANCH",
            "NUMERO", "N");
    /** Words that name a card or reference, also when a masked or mixed id follows ({@code CARD XXXX1234}). */
    private static final Set<String> CARD_LABELS = Set.of("CARD", "CRD", "ACCT", "ACCOUNT", "ENDING", "KARTE",
            "CARTE", "PAS", "PASNR", "CD", "TARJ", "TARJETA", "NUMMER", "ORDER", "TXN", "TRANS", "INV", "INVOICE",
            "AUTH", "CONF", "SEQ", "CARTA", "KAART", "KARTA", "KARTES", "KORTELE", "CARTAO", "CART", "KARTICA",
            "KARTENNR", "KARTENNUMMER",
            // Boursorama ends a card entry with the card's last digits (… CB*4412)
            "CB");
    private static final Set<String> NOISE_WORDS = Set.of("ACH", "NOTPROVIDED", "NONREF", "GPA");
    /** ACH standard entry class codes that end US descriptors. */
    private static final Set<String> SEC_CODES = Set.of("PPD", "CCD", "WEB", "TEL", "CTX", "IAT", "ARC", "BOC", "POP",
            "RCK");
    private static final Set<String> CURRENCY_CODES = Set.of("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK",
            "DKK", "NOK", "PLN", "CZK", "HUF", "MXN");
    private static final Set<String> MONTHS = Set.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "SEPT", "OCT", "NOV", "DEC");
    private static final Set<String> WEEKDAYS = Set.of("MON", "TUE", "TUES", "WED", "THU", "THUR", "THURS", "FRI",
            "SAT", "SUN");
    /** Numbers of three digits or more that are part of brand names rather than store numbers. */
    private static final Set<String> BRAND_NUMBERS = Set.of("365", "360", "1800", "1010", "2000");
    private static final int LONGEST_BRAND_NUMBER = BRAND_NUMBERS.stream().mapToInt(String::length).max().orElse(0);
    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("COM", "NET", "ORG", "CO", "IO", "UK", "DE", "FR", "NL",
            "BE", "IE", "ES", "IT", "AT", "EU", "INFO", "TT", "APP", "TV", "ME", "US", "CA", "LY", "GG", "BIZ", "FM",
            "AI", "LU", "PT", "FI", "CH", "SHOP", "STORE", "ONLINE");
    /** US states and territories, Canadian provinces, and country codes that end card descriptors. */
    private static final Set<String> LOCATION_CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "PR", "GU", "VI", "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "PE",
            "US", "USA", "GB", "GBR", "UK", "IE", "IRL", "DEU", "FR", "FRA", "NL", "NLD", "BE", "BEL", "ES", "ESP",
            "IT", "ITA", "AT", "AUT", "LU", "LUX", "PT", "PRT", "FI", "FIN", "CH", "CHE", "CAN", "AUS", "SE",
            "SWE", "DK", "DNK", "PL", "POL",
            // the smaller euro-area countries (… LJUBLJANA SI, … THESSALONIKI GR, … ZAGREB HR); EE (a UK mobile
            // network), LT (which ends Lithuanian company names) and EST (a German tax) are left out
            "SI", "SVN", "SVK", "LV", "LVA", "LTU", "GR", "GRC", "HR", "HRV", "CY", "CYP", "MLT");
    /**
     * Words after which a place name is part of the merchant's own name ({@code CITY OF AUSTIN}); no name ends in
     * "and" ({@code THE PLOUGH AND HARROW}; {@link Piece#guardsPlace} adds {@code &}).
     */
    private static final Set<String> PLACE_GUARDS = Set.of("OF", "DE", "DU", "DES", "VON", "AM", "IN", "AT", "LA",
            "LE", "DI", "DEL", "VAN", "GRAND", "GREATER", "AND", "UND", "ET",
            // a euro-area municipality named by its town (GEMEENTE ZOERSEL, STADT LOHR, COMUNE ESTE)
            "GEMEENTE", "GEMEINDE", "STADT", "MARKTGEMEINDE", "STADTGEMEINDE", "COMUNE", "MAIRIE", "MUNICIPIO",
            // a German state capital, a town's administration and an Austrian magistrate (LANDESHAUPTSTADT MAINZ),
            // and the town a smaller one is named by (KIRCHSCHLAG BEI LINZ)
            "LANDESHAUPTSTADT", "STADTVERWALTUNG", "STADTMAGISTRAT", "MAGISTRAT", "BEI");
    static final Set<String> PLACES = loadPlaces();
    static final int LONGEST_PLACE = 4;
    /** Words that open a town's or county's own name ({@code CITY OF …}, {@code TOWN OF …}). */
    static final Set<String> MUNICIPAL_WORDS = Set.of("CITY", "TOWN", "VILLAGE", "COUNTY", "BOROUGH", "TOWNSHIP");

    /** Word classes, looked up once per word: one hash lookup instead of one per set. */
    static final int MONTH = 1;
    static final int WEEKDAY = 1 << 1;
    static final int NOISE = 1 << 2;
    static final int CURRENCY = 1 << 3;
    static final int SEC_CODE = 1 << 4;
    static final int LOCATION_CODE = 1 << 5;
    static final int PLACE_GUARD = 1 << 6;
    static final int NUMBER_LABEL = 1 << 7;
    static final int CARD_LABEL = 1 << 8;
    static final int TOP_LEVEL_DOMAIN = 1 << 9;
    /** The last word of some known place. */
    static final int PLACE_END = 1 << 10;
    private static final Map<String, Integer> WORD_CLASSES = wordClasses();

    static {
        for (String phrase : new String[] {
            "POS", "POS DEBIT", "POS DEB", "POS PURCHASE", "POS PUR", "POS TRANSACTION", "POS SIG PURCHASE",
            "POINT OF SALE", "POINT OF SALE DEBIT", "DEBIT CARD PURCHASE", "DEBIT CARD PURCHASE AT", "DEBIT CARD",
            "DEBIT PURCHASE", "DEBIT POS", "DBT CRD", "DBT PURCHASE", "VISA DDA PUR", "VISA DDA",
            "VISA PURCHASE", "VISA DEBIT", "VISA", "MASTERCARD", "MASTERCARD DEBIT", "MC DEBIT", "CHECKCARD",
            "CHECK CARD", "CHKCARD", "CHECK CRD PURCHASE", "PURCHASE AUTHORIZED ON", "PURCHASE AUTHORISED ON",
            "PURCHASE", "RECURRING PAYMENT AUTHORIZED ON", "RECURRING PAYMENT", "RECURRING DEBIT PURCHASE",
            "RECURRING CARD PURCHASE", "CARD PURCHASE", "CARD PURCHASE WITH PIN", "CARD PAYMENT TO",
            "CARD PAYMENT", "CARD TRANSACTION", "CONTACTLESS PAYMENT", "CONTACTLESS", "APPLE PAY",
            "GOOGLE PAY", "SAMSUNG PAY", "ACH", "ACH DEBIT", "BILL PAY", "BILLPAY", "BILL PAYMENT", "ONLINE BILL PAY",
            "ONLINE BILL PAYMENT", "KARTENZAHLUNG", "KARTENZAHLUNG GIROCARD", "GIROCARD", "SEPA LASTSCHRIFT",
            "SEPA LASTSCHRIFT VON", "LASTSCHRIFT VON",
            "SEPA BASISLASTSCHRIFT", "BASISLASTSCHRIFT", "LASTSCHRIFT", "FOLGELASTSCHRIFT", "ERSTLASTSCHRIFT",
            "SEPA KARTENZAHLUNG", "DEBITKARTE", "EC KARTENZAHLUNG", "CB", "PAIEMENT CB", "PAIEMENT PAR CARTE",
            "PAIEMENT CARTE", "CARTE", "FACTURE CARTE", "FACTURE CARTE DU", "ACHAT CB", "ACHAT", "PRLV SEPA",
            "PRLV", "PRELEVEMENT", "PRELEVEMENT SEPA", "BEA", "BETAALAUTOMAAT", "BETAALPAS", "SEPA INCASSO",
            "SEPA INCASSO ALGEMEEN DOORLOPEND", "INCASSO", "PAGO CON TARJETA", "COMPRA", "COMPRA TARJ",
            "COMPRA TARJETA", "PAGO MOVIL EN", "PAGO MOVIL", "RECIBO", "PAGAMENTO POS",
            "CONTACTLESS PAYMENT TO", "BANCONTACT", "BANCONTACT AANKOOP", "PAYCONIQ", "MAESTRO", "SEPA IDEAL", "IDEAL",
            "PAGAMENTO CARTA", "PAGAMENTO BANCOMAT", "PAGO TARJETA", "ACHAT CARTE", "VIS", "VDP", "VDC", "KORTTIOSTO",
            "KORTTIMAKSU", "NON PIN", "POS PURCHASE NON PIN", "PURCHASE RETURN", "RETURN", "CARD REFUND",
            "CARD REFUND FROM", "REFUND FROM", "REFUND", "BETALING MET DEBETKAART", "BETALING MET DEBETKAART NUMMER",
            "PAIEMENT BANCONTACT", "PAIEMENT MAESTRO", "COMPRA EN", "BETALING VIA BANCONTACT", "BETALING BANCONTACT",
            // credit unions' exports (Withdrawal POS #…, Deposit ACH …), Lloyds' DEB, Amex's AplPay, N26's cards
            "WITHDRAWAL POS", "WITHDRAWAL ACH", "WITHDRAWAL DEBIT CARD", "DEPOSIT ACH", "DEB", "APLPAY",
            "MASTERCARD ZAHLUNG", "VISA ZAHLUNG",
            // French card refunds (REMBOURSEMENT CB SNCF CONNECT 1803 NANTES)
            "REMBOURSEMENT CB", "REMBOURSEMENT CARTE", "REMBT CB",
            // Wells Fargo's refunds, US Bank's bill payments (WEB AUTHORIZED PMT XCEL ENERGY)
            "PURCHASE RETURN AUTHORIZED ON", "RETURN AUTHORIZED ON", "WEB AUTHORIZED PMT", "WEB AUTHORIZED PAYMENT",
            "TEL AUTHORIZED PMT", "ELECTRONIC PMT WEB", "ELECTRONIC PMT",
            // other US checking exports: SoFi, US Bank, Navy Federal, credit unions, mobile wallets
            "DEBIT CARD TRANSACTION", "ELECTRONIC WITHDRAWAL", "ELECTRONIC WITHDRAWAL TO", "PAID TO", "ACH WITHDRAWAL",
            "MOBILE PURCHASE", "POS PURCHASE WITH CASH BACK", "PURCHASE WITH CASH BACK", "PREAUTHORIZED DEBIT",
            "EXTERNAL WITHDRAWAL", "BILL PAYMENT TO", "ONLINE BILL PAYMENT TO",
            // the card network after the framing (DEBIT CARD PURCHASE - MC 0314 PETSMART), and the payment types of
            // PayPal's own activity export that apps put before the merchant (PayPal Express Checkout Etsy.com)
            "DEBIT CARD PURCHASE MC", "DEBIT CARD PURCHASE VISA", "DEBIT PURCHASE MC", "POS PURCHASE MC",
            "POS DEBIT MC", "MC PURCHASE", "PAYPAL EXPRESS CHECKOUT", "PAYPAL EXPRESS CHECKOUT PAYMENT",
            "EXPRESS CHECKOUT PAYMENT", "PREAPPROVED PAYMENT BILL USER PAYMENT", "PAYPAL PREAPPROVED PAYMENT",
            // card payments of Italian, Luxembourg, Slovak, Slovenian, Baltic and Greek statements
            "PAGAMENTO CARTA DI DEBITO", "CARTA DI DEBITO", "PLATBA KARTOU", "NAKUP S KARTICO", "NAKUPS KARTICO",
            "NAKUP S KARTICO NA", "KAARDIMAKSE", "KAARDIOST", "PIRKINYS", "MOKEJIMAS KORTELE", "PIRKUMS",
            "KARTES PIRKUMS", "AGORA KARTAS", "AGORA ME KARTA", "PLIROMI ME KARTA",
            // regional US banks: M&T's POINT OF SALE WITHDRAWAL, BMO's DDA POS PURCHASE, KeyBank's DIRECT WITHDRAWAL,
            // Fifth Third's 5/3 ONLINE PAYMENT TO
            "POINT OF SALE WITHDRAWAL", "DDA POS PURCHASE", "DDA POS", "DDA PURCHASE", "DIRECT WITHDRAWAL",
            "ONLINE PAYMENT TO", "ONLINE PMT TO",
            // Capital One 360's checking export names the biller after its kind (Withdrawal to GEICO AUTO PMT)
            "WITHDRAWAL TO",
            // the same framing without its "to", and the telephone and internet banking kinds of UK exports
            "ONLINE PAYMENT", "INTERNET PAYMENT", "TELEPHONE PAYMENT", "MOBILE PAYMENT", "INTERNET PAYMENT TO",
            "TELEPHONE PAYMENT TO", "MOBILE PAYMENT TO",
            // card entries of comdirect, Consorsbank and Bank Austria (VISA-UMSATZ …, BEZAHLUNG KARTE MC/…), Spanish
            // and Italian app exports (PAGO EN …, PAGAMENTO POSTAMAT PRESSO …), Belgian and Dutch neobanks
            // (BANCONTACT BETALING …, IDEAL BETALING …), Nickel, and UK high-street banks (DEBIT CARD PAYMENT …,
            // PURCHASE AT …)
            "VISA UMSATZ", "MASTERCARD UMSATZ", "KREDITKARTENUMSATZ", "KARTENUMSATZ", "BEZAHLUNG KARTE",
            "BEZAHLUNG KARTE MC", "BEZAHLUNG KARTE VISA", "BEZAHLUNG KARTE MAESTRO", "BEZAHLUNG", "PAGO EN",
            "PAGO CON TARJETA EN", "PAGO CON TARJETA DE DEBITO EN", "PAGAMENTO POSTAMAT", "PAGAMENTO POSTAMAT PRESSO",
            "POSTAMAT", "OPERAZIONE CARTA DEBITO", "BANCONTACT BETALING", "IDEAL BETALING", "BETALING",
            "CARTE NICKEL", "CARTE NICKEL ACHAT", "DEBIT CARD PAYMENT", "DEBIT CARD PAYMENT TO", "PURCHASE AT",
            "CARD PURCHASE AT", "CARD TRANSACTION AT", "PRELEVEMENT EUROPEEN", "PRELEVEMENT SEPA EUROPEEN",
            // credit unions' card and ACH entries (Withdrawal Visa …, Alliant), PNC's RECURRING DEBIT CARD, Truist's
            // ACH CORP DEBIT, Santander US's ACH PMT, TD Bank's and Santander US's card entries with the approval
            // marker before the authorisation number (VISA DDA PUR AP 469216 …, DDA PURCHASE AP …)
            "WITHDRAWAL VISA", "WITHDRAWAL MC", "WITHDRAWAL MASTERCARD", "WITHDRAWAL DEBIT", "RECURRING DEBIT CARD",
            "RECURRING DEBIT", "ACH CORP DEBIT", "ACH CORP CREDIT", "ACH PMT", "ACH PAYMENT", "VISA DDA PUR AP",
            "VISA DDA PURCHASE", "VISA DDA PURCHASE AP", "DDA PURCHASE AP", "DDA PUR", "DDA PUR AP",
            // card purchases of Belgian, Slovenian, Slovak, Czech and Greek statements (BETALING MET KAART …,
            // KBC's and CBC's BETALING MET KBC-DEBETKAART …, NAKUP KARTICA …, NAKUP POS …, POS AGORA …)
            "BETALING MET KAART", "BETALING MET BANKKAART", "BETALING MET KBC DEBETKAART",
            "BETALING MET CBC DEBETKAART", "NAKUP", "NAKUP KARTICA", "NAKUP KARTOU", "NAKUP POS",
            "NAKUP S KARTOU", "POS AGORA",
            // money pushed to a card by Visa's real-time rail (Visa Direct Deposit VENMO CASHOUT): the sender follows
            "VISA DIRECT", "VISA DIRECT DEPOSIT",
            // V PAY cards of Luxembourg banks, Slovak, Slovenian, Croatian and Greek card entries, N26's and
            // Fineco's card network before the shop, ING Belgium's debit card, Wise's card transactions
            "ACHAT VPAY", "ACHAT V PAY", "VPAY", "V PAY", "PAIEMENT CARTE DEBIT", "PAIEMENT PAR CARTE DE DEBIT",
            "PAIEMENT PAR CARTE DE DEBIT BANCONTACT", "PAIEMENT PAR CARTE BANCONTACT", "POS NAKUP",
            "PLATBA KARTOU POS", "PLACILO Z DEBETNO KARTICO", "PLACILO S KARTICO", "PLACILO Z KARTICO",
            "PLACILO S DEBETNO KARTICO", "KUPNJA POS", "KUPNJA", "KUPNJA KARTICOM", "PLACANJE KARTICOM",
            "KARTICNO PLACANJE",
            "MASTERCARD PAYMENT", "VISA PAYMENT", "MAESTRO PAYMENT", "PAGAMENTO VISA DEBIT",
            "PAGAMENTO VISA", "PAGAMENTO MASTERCARD", "PAGAMENTO MAESTRO", "CARD TRANSACTION OF",
            // Millennium bcp's direct debit, whose DEB alone is Lloyds' card framing
            "DEB DIRECTO",
            // credit unions' card entries with the kind first (POS Withdrawal <shop> <town> Card 1234), PNC's ACH
            // debits named by their channel (ACH WEB <biller> BILL PAYMT 4412)
            "POS WITHDRAWAL", "ACH WEB", "ACH TEL",
            // Associated's card entries (DBCRD PUR AP 0311 <shop>), Synovus' cut PURCH, First Horizon's ELECTRONIC
            // DEBIT/CREDIT and Amex checking's ACH Pull, each before the payee
            "DBCRD PUR", "DBCRD PUR AP", "DBCRD PURCHASE", "DEBIT CARD PURCH", "POS PURCH", "CHECK CARD PURCH",
            "ELECTRONIC DEBIT", "ELECTRONIC CREDIT", "ACH PULL",
            // Italian app exports naming the card network (PAGAMENTO DEBIT MASTERCARD 07/03 …)
            "PAGAMENTO DEBIT MASTERCARD", "PAGAMENTO BANCOMAT",
            // Belgian and Luxembourg payments by Payconiq's app, named before the shop
            "BETALING VIA PAYCONIQ BY BANCONTACT AAN", "BETALING VIA PAYCONIQ AAN", "PAYCONIQ BY BANCONTACT",
            "PAIEMENT VIA PAYCONIQ BY BANCONTACT A", "PAIEMENT PAYCONIQ BY BANCONTACT", "PAYCONIQ",
            // the payment's kind before the payee in Latvian, Estonian, Portuguese and Greek statements (Maksājums
            // <payee>, e-arve <payee>, PAG SERV 10188 <payee>, ΠΛΗΡΩΜΗ ΛΟΓΑΡΙΑΣΜΟΥ <payee>)
            "MAKSAJUMS", "E ARVE", "PAG SERV", "PAG SERVICOS", "PAGAMENTO SERVICOS", "PAGAMENTO DE SERVICOS",
            "PLIROMI", "PLIROMI LOGARIASMOU", "PLIROMI LOGARIASMOY",
            // CaixaBank's card entries in the plural, BPER's and Intesa's short and long POS framings, Satispay's
            // payments named after the app, La Banque Postale's debits "from" their creditor, bunq's iDEAL
            "COMPRAS", "COMPRAS TARJ", "COMPRAS TARJETA", "PAG POS", "PAGAMENTO EFFETTUATO SU POS",
            "PAGAMENTO SATISPAY", "PAGAMENTO SATISPAY A", "SATISPAY EUROPE SA PAGAMENTO A", "PRELEVEMENT DE",
            "IDEAL PAYMENT",
            // a Spanish service station (E.S.) printed between the card framing and the brand that runs it
            "COMPRA E S", "COMPRA TARJ E S", "COMPRAS TARJ E S", "COMPRA TARJETA E S", "COMPRA EN E S",
            "PAGO CON TARJETA EN E S",
            // Raiffeisen Austria's Maestro entries (Bezahlung Maestro MC/000001188 POS 1771 K001 …), Monte dei
            // Paschi's card entries, Hype's app export, and South Tyrolean banks' bilingual card framing
            // (POS-Zahlung / Pagamento POS …)
            "BEZAHLUNG MAESTRO", "BEZAHLUNG MAESTRO MC", "BEZAHLUNG MC", "OPERAZIONE POS", "PAGAMENTO CON CARTA",
            "PAGAMENTO CON CARTA HYPE", "POS ZAHLUNG", "POS ZAHLUNG PAGAMENTO POS", "ZAHLUNG PAGAMENTO POS",
            "ZAHLUNG PAGAMENTO",
            // Belfius's Dutch and BNP Paribas Fortis's French card entries (AANKOOP BANCONTACT MET KAART 6703 …,
            // PAIEMENT AVEC LA CARTE DE DEBIT NUMERO 4871 …), bunq's card payments (Betaling bij …), Millennium
            // bcp's and Novo Banco's card purchases (COMPRA ELEC 1234567/01 …, COMPRA CARTAO …) and Crédit
            // Mutuel's contactless ones (PAIEMENT PSC …)
            "AANKOOP BANCONTACT", "AANKOOP BANCONTACT MET KAART", "AANKOOP MET KAART", "PAIEMENT AVEC LA CARTE",
            "PAIEMENT AVEC LA CARTE DE DEBIT", "PAIEMENT AVEC LA CARTE DE DEBIT NUMERO", "BETALING BIJ",
            "COMPRA ELEC", "COMPRA CARTAO", "COMPRA COM CARTAO", "COMPRA CARTAO DEBITO", "PAIEMENT PSC",
        }) {
            FRAMING.put(phrase, Boolean.TRUE);
        }
        // Wise prints the amount and its currency between its framing and the shop (Card transaction of 14.20 GBP
        // issued by …); the amount is gone by now, the currency not yet
        for (String currency : CURRENCY_CODES) {
            FRAMING.put("CARD TRANSACTION OF " + currency + " ISSUED BY", Boolean.TRUE);
        }
        // a bank's own card product printed before the shop (KARTENZAHLUNG POSTBANK CARD …, DKB VISA DEBIT …,
        // TARGOBANK KARTENUMSATZ …): the account's bank, not the payee
        for (String bank : BANKS_BEFORE_CARD) {
            for (String card : new String[] {"CARD", "DEBIT CARD", "DEBITCARD", "DEBIT", "VISA", "VISA DEBIT",
                "VISA CARD", "MASTERCARD", "MC", "KARTE", "KARTENUMSATZ", "KARTENZAHLUNG", "GIROCARD"}) {
                FRAMING.put(bank + " " + card, Boolean.TRUE);
            }
        }
        for (String phrase : new String[] {
            "DD", "DDR", "D D", "SO", "STO", "BGC", "BACS", "FPI", "FPO", "DIRECT DEBIT", "STANDING ORDER",
            "FASTER PAYMENT", "FASTER PAYMENTS", "FASTER PAYMENT TO", "FASTER PAYMENT RECEIVED FROM",
            "FASTER PAYMENT RECEIVED", "BANK GIRO CREDIT", "BANK TRANSFER TO", "BANK TRANSFER FROM", "SEPA",
            "SEPA OVERBOEKING", "OVERBOEKING", "SEPA INCASSO", "VIR", "VIR SEPA", "VIR SEPA RECU", "VIR SEPA RECU DE",
            "VIR SEPA EMIS", "VIR SEPA EMIS VERS", "VIR INST", "VIR INST RECU", "VIR INST RECU DE", "VIR INST EMIS",
            "VIR INST EMIS VERS", "VIREMENT", "VIREMENT RECU", "VIREMENT RECU DE", "VIREMENT EMIS", "VIREMENT A",
            "GUTSCHRIFT", "ECHTZEIT GUTSCHRIFT", "SEPA GUTSCHRIFT", "UEBERWEISUNG", "UEBERWEISUNG AN",
            "SEPA UEBERWEISUNG", "DAUERAUFTRAG", "DOMICILIERING", "ADDEBITO", "ADDEBITO SEPA", "ADDEBITO SEPA DD",
            "ADDEBITO DIRETTO", "BONIFICO", "BONIFICO A VOSTRO FAVORE", "BONIFICO A FAVORE DI", "TRANSFERENCIA",
            "TRANSFERENCIA A FAVOR DE", "TRANSFERENCIA RECIBIDA", "TRANSFERENCIA EMITIDA", "ADEUDO", "ADEUDO SEPA", "ADEUDO RECIBO", "ADEUDO DE RECIBO",
            "BIZUM", "BIZUM ENVIADO A", "BIZUM RECIBIDO DE", "INCASSO", "PRELEVEMENT", "LASTSCHRIFT", "E LASKU",
            "DIRECT DEBIT PAYMENT TO", "DIRECT DEBIT TO", "VIA FASTER PAYMENT TO", "E ARVE PUSIMAKSE", "PUSIMAKSE",
            "STANDING ORDER VIA FASTER PAYMENT TO", "FASTER PAYMENTS RECEIPT", "BANK CREDIT",
            "BONIFICO DISPOSTO", "BONIFICO DISPOSTO A FAVORE DI", "BONIFICO SEPA", "BONIFICO SEPA A FAVORE DI",
            "BONIFICO ISTANTANEO", "DISPOSIZIONE DI BONIFICO", "ADDEBITO DIRETTO SDD", "ADDEBITO SDD", "SDD",
            // the SEPA scheme after an Italian direct debit (ADDEBITO SDD CORE <creditor>), and the Italian ways of
            // paying a bill or slip that name the payee after them (PAGAMENTO MAV …, PAGAMENTO PAGOPA COMUNE DI …)
            "ADDEBITO SDD CORE", "ADDEBITO SDD B2B", "ADDEBITO DIRETTO SDD CORE", "ADDEBITO DIRETTO SDD B2B",
            "SDD CORE", "SDD B2B", "PAGAMENTO MAV", "PAGAMENTO RAV", "PAGAMENTO MAV RAV", "PAGAMENTO CBILL",
            "PAGAMENTO PAGOPA", "PAGAMENTO BOLLETTINO", "PAGAMENTO BOLLETTINO POSTALE", "PAGAMENTO BOLLETTINI",
            // direct debits and transfers of Belgian, Luxembourg, Slovak, Slovenian, Baltic and Greek banks
            "DOMICILIATION", "DOMICILIATION EUROPEENNE", "EUROPESE DOMICILIERING", "VIREMENT ENCODE EN FAVEUR DE",
            "VIREMENT EN FAVEUR DE", "VIREMENT ENCODE", "INKASO", "INKASO SEPA", "SEPA INKASO", "TRVALY PRIKAZ",
            "DIREKTNA OBREMENITEV", "SEPA DIREKTNA OBREMENITEV", "TRAJNI NALOG", "OTSEKORRALDUS", "E ARVE",
            "TIESIOGINIS DEBETAS", "PAGIA ENTOLI", "AMESI CHREOSI",
            // Finnish and Latvian direct debits (SUORAMAKSU <creditor>, TIESAIS DEBETS <creditor>)
            "SUORAMAKSU", "TIESAIS DEBETS",
            // Finnish, Slovak, Greek and Portuguese transfers and bill payments that name the payee after them
            // (TILISIIRTO <payee>, ODOSLANA PLATBA <payee>, PLIROMI LOGARIASMOU <biller>, TRF P/ <payee>)
            "TILISIIRTO", "ODOSLANA PLATBA", "PLIROMI LOGARIASMOU", "TRF P", "TRF PARA",
            // Crédit Mutuel and CIC print the kind of debit before its number (PRELEVEMENT EUROPEEN 8812 DE: …)
            "PRELEVEMENT EUROPEEN", "PRELEVEMENT SEPA EUROPEEN",
            // standing orders and debits of Luxembourg, Croatian, Latvian and Portuguese banks; German transfers "an"
            "ORDRE PERMANENT", "ORDRE PERMANENT FAVEUR", "ORDRE PERMANENT EN FAVEUR DE", "ORDRE PERMANENT FAVEUR DE",
            "IZRAVNO TERECENJE", "PLACANJE TRAJNIM NALOGOM", "TRAJNI NALOG", "MAKSAJUMA UZDEVUMS", "DEBITO DIRECTO",
            "DEBITO DIRETO", "DAUERAUFTRAG AN", "SEPA DB",
            // an Austrian direct debit's collection (Einzug Ordination Dr. …); Zelle's payee opening
            "EINZUG", "ZELLE PAYMENT TO", "ZELLE TO", "ZELLE PAYMENT FROM", "ZELLE FROM",
            // credits named with the payer after them (BACS CREDIT <employer>, TRANSFERENCIA RECIBIDA DE <payer>,
            // BONIFICO DA <payer>, VIR RECU DE <payer>)
            "BACS CREDIT", "TRANSFERENCIA RECIBIDA DE", "BONIFICO DA", "BONIFICO A VOSTRO FAVORE DA", "VIR RECU",
            "VIR RECU DE",
            // a German debit "from" its creditor (SEPA-LASTSCHRIFT VON <creditor>) and the Belgian transfers of
            // KBC, BNP Paribas Fortis and Belfius (EUROPESE OVERSCHRIJVING NAAR <IBAN> <payee>)
            "SEPA LASTSCHRIFT VON", "LASTSCHRIFT VON", "OVERSCHRIJVING", "OVERSCHRIJVING NAAR", "OVERSCHRIJVING VAN",
            "EUROPESE OVERSCHRIJVING", "EUROPESE OVERSCHRIJVING NAAR", "EUROPESE OVERSCHRIJVING VAN",
            "INSTANTOVERSCHRIJVING", "INSTANTOVERSCHRIJVING NAAR", "INSTANTOVERSCHRIJVING VAN",
            "SEPA UEBERWEISUNG AN", "ADEUDO A SU CARGO", "ADEUDO A SU CARGO DE",
            // Nationwide's card and bill payments (Payment to <shop>): only the name leaves it out, since the
            // directory reads Payment to <a person's name> as a transfer
            "PAYMENT TO",
        }) {
            CHANNELS.put(phrase, Boolean.TRUE);
        }
        for (String phrase : new String[] {"CONTACTLESS", "CHIP AND PIN", "ONLINE PAYMENT", "DIRECT DEBIT",
            "FASTER PAYMENT", "FASTER PAYMENTS", "STANDING ORDER", "APPLE PAY", "GOOGLE PAY", "MOBILE WALLET",
            "DIRECT CREDIT", "MAGNETIC STRIPE", "CASH WITHDRAWAL",
            // DKB's card network after the card's number (… Debitk.12 VISA Debit)
            "VISA DEBIT"}) {
            TRAILING_ENTRY_TYPES.put(phrase, Boolean.TRUE);
        }
        for (String phrase : new String[] {"IHR EINKAUF BEI", "EINKAUF BEI", "UW AANKOOP BIJ", "VOSTRO CARICO DA",
            // Italian card entries name amount, date and time before the shop (PAGAMENTO POS 12,40 EUR DEL … PRESSO …)
            "PRESSO",
            // Wise: Card transaction of 14.20 EUR issued by <shop> <TOWN>
            "ISSUED BY"}) {
            NAME_FOLLOWS.put(phrase, Boolean.TRUE);
        }
        for (String provider : new String[] {"STICHTING MOLLIE PAYMENTS", "STG MOLLIE PAYMENTS", "MOLLIE PAYMENTS",
            "MOLLIE BV", "MOLLIE", "STICHTING ADYEN", "ADYEN BV", "ADYEN NV", "ADYEN", "STICHTING BUCKAROO", "BUCKAROO",
            "STICHTING MULTISAFEPAY", "STICHTING DERDENGELDEN MULTISAFEPAY", "MULTISAFEPAY", "STICHTING PAY NL",
            "PAY NL", "STICHTING CCV", "STICHTING ONLINE PAYMENT PLATFORM", "ONLINE PAYMENT PLATFORM",
            "STICHTING CM PAYMENTS", "CM PAYMENTS"}) {
            COLLECTING_PROVIDERS.put(provider, Boolean.TRUE);
        }
        putIntermediary("SQ", "SQUARE", false, false);
        putIntermediary("SQU", "SQUARE", true, false);
        putIntermediary("TST", "TOAST", false, false);
        putIntermediary("SP", "SHOPIFY", false, false);
        putIntermediary("PP", "PAYPAL", true, false);
        putIntermediary("PAYPAL", "PAYPAL", true, false);
        putIntermediary("GOOGLE", "GOOGLE", true, true);
        putIntermediary("DD", "DOORDASH", true, true);
        putIntermediary("EB", "EVENTBRITE", true, true);
        putIntermediary("SUMUP", "SUMUP", false, false);
        putIntermediary("IZ", "ZETTLE", true, false);
        putIntermediary("IZETTLE", "ZETTLE", false, false);
        putIntermediary("ZETTLE", "ZETTLE", true, false);
        putIntermediary("ZTL", "ZETTLE", true, false);
        putIntermediary("IN", "INTUIT", true, false);
        putIntermediary("DNH", "GODADDY", true, true);
        putIntermediary("FS", "FASTSPRING", true, true);
        putIntermediary("CKO", "CHECKOUT", true, false);
        putIntermediary("ADY", "ADYEN", true, false);
        putIntermediary("SPO", "SPOTON", true, false);
        putIntermediary("WPY", "WEPAY", true, false);
        putIntermediary("CLV", "CLOVER", true, false);
        putIntermediary("CLOVER", "CLOVER", true, false);
        putIntermediary("BT", "BRAINTREE", true, false);
        putIntermediary("MSFT", "MICROSOFT", true, true);
        putIntermediary("MICROSOFT", "MICROSOFT", true, true);
        putIntermediary("ABC", "ABC FINANCIAL", true, false);
        putIntermediary("PY", "PAYMENTUS", true, false);
        putIntermediary("PADDLE NET", "PADDLE NET", true, true);
        putIntermediary("LS", "LIGHTSPEED", true, false);
        putIntermediary("KLARNA", "KLARNA", true, false);
        // the FSP* of service and membership payments, a restaurant group's own (CKE*HARDEES), Instacart's orders
        putIntermediary("FSP", "FSP", true, false);
        putIntermediary("CKE", "CKE", true, false);
        putIntermediary("IC", "INSTACART", true, true);
        // resellers of software and subscriptions (2CO.COM*, DRI*), Stripe's own prefix, and the instalment
        // services that name the shop paid in parts after their star (AFTERPAY US* <shop>, CLEARPAY* <shop>);
        // the software resellers that "sell themselves" place an app the directory does not know as software
        putIntermediary("2CO COM", "2CHECKOUT", true, false);
        putIntermediary("DRI", "DIGITAL RIVER", true, true);
        putIntermediary("STRIPE", "STRIPE", true, false);
        putIntermediary("AFTERPAY", "AFTERPAY", true, false);
        putIntermediary("AFTERPAY US", "AFTERPAY", true, false);
        putIntermediary("CLEARPAY", "CLEARPAY", true, false);
        // billing services of doctors' practices and childcare centres that print the practice or centre after their
        // star (INSTAMED*<practice>, PROCARE*<centre>)
        putIntermediary("INSTAMED", "INSTAMED", true, false);
        putIntermediary("PROCARE", "PROCARE", true, false);
        // campus card processors: the college or its shop follows the star (TRANSACT*…, CBORD*…)
        putIntermediary("TRANSACT", "TRANSACT", true, false);
        putIntermediary("CBORD", "CBORD", true, false);
        // church giving platforms: the church follows the star (PUSHPAY* ST LUKE PARISH)
        putIntermediary("PUSHPAY", "PUSHPAY", true, false);
        // registrations for parks departments' classes, camps and races, and the class booking systems of dance,
        // swim and gymnastics schools: the organiser follows the star (ACTIVE*CITY OF <TOWN> PARKS, JACKRABBIT*…)
        putIntermediary("ACTIVE", "ACTIVE NETWORK", true, false);
        putIntermediary("JACKRABBIT", "JACKRABBIT", true, false);
        putIntermediary("CLASS4KIDS", "CLASS4KIDS", true, false);
        // the card terminals of euro-area independents: Lightspeed's payments, Viva Wallet and myPOS
        putIntermediary("LSP", "LIGHTSPEED", true, false);
        putIntermediary("VIVA", "VIVA WALLET", true, false);
        putIntermediary("VIVAWALLET", "VIVA WALLET", true, false);
        putIntermediary("VIVA WALLET", "VIVA WALLET", true, false);
        putIntermediary("MYPOS", "MYPOS", true, false);

        for (String label : new String[] {"DES", "ORIG CO NAME", "CO ENTRY DESCR", "CO NAME", "SVWZ", "ABWA", "ABWE",
            "NAME", "NAAM", "REMI", "TRTP", "OMSCHRIJVING", "VERWENDUNGSZWECK", "BUCHUNGSTEXT", "AUFTRAGGEBER",
            "EMPFAENGER", "BEGUENSTIGTER", "ZAHLUNGSEMPFAENGER", "LIBELLE", "DE", "MOTIF", "BEN", "BENEFICIAIRE",
            "PAYEE", "MEMO", "DESCRIPTION", "ORDP", "BENM", "CNTP", "TYPE",
            // payee and purpose fields of Spanish, Belgian, Italian, Slovak, Slovenian and Baltic texts
            "BENEFICIARIO", "ORDENANTE", "CONCEPTO", "CREANCIER", "SCHULDEISER", "COMMUNICATION", "MEDEDELING",
            "CAUSALE", "CAUS", "PRIJEMCA", "PRIJEMNIK", "PREJEMNIK", "NAMEN", "SAAJA", "SELGITUS", "GAVEJAS",
            "MOKETOJAS", "PASKIRTIS", "SANEMEJS", "MERKIS", "MAKSAJA",
            // Slovak purpose, Slovenian, Croatian and Lithuanian payers, German creditor spelt without umlaut
            "UCEL", "PLACNIK", "PLATITELJ", "PRIMATELJ", "MAKSJA", "GLAEUBIGER", "GLAUBIGER"}) {
            LABELS.put(label, LabelAction.KEEP_VALUE);
        }
        for (String label : new String[] {"ID", "CO ID", "ORIG ID", "IND ID", "PPD ID", "WEB ID", "CCD ID",
            "DESC DATE", "SEC", "TRACE", "TRACE NUMBER", "EED", "TRN", "REF", "REF NR", "REFERENCE", "EREF", "MREF",
            "KREF", "CRED", "IBAN", "BIC", "MARF", "CSID", "KENMERK", "PASVOLGNR", "TRANSACTIE", "TERM", "TERMINAL",
            "DATUM", "DATUM TIJD", "VALUTADATUM", "MACHTIGING", "MACHTIGING ID", "INCASSANT", "INCASSANT ID",
            "MANDAT", "MANDATSREF", "MANDATSREFERENZ", "GLAEUBIGER ID", "GLAUBIGER ID", "DEBITK", "END TO END REF",
            "ENDTOENDID", "AUTH", "AUTH CODE", "APPROVAL CODE", "CONF", "CONFIRMATION", "SEQ", "ACCT", "ACCOUNT", "ARN",
            "RRN", "DATE", "TIME", "ORDER", "ORDER ID", "INVOICE", "CUST ID", "CUSTOMER ID", "PMT ID", "TRX", "TXN",
            "RUM", "ICS", "DEBT", "COAM", "OAMT",
            "REF MANDAT", "ID EMETTEUR", "REF DONNEUR", "KURS", "ISDT", "RTRN", "PURP", "ULTD", "ULTC",
            "ORIGINAL AMOUNT", "CARD NO", "CARD NUMBER", "NR", "FACT", "ECH", "BEITRAGSNR", "KD NR", "VS NR",
            "ZAHLUNGSREFERENZ", "VIITE", "VIITENUMBER", "VIITENUMBRI", "REF CREANCIER", "REF SCHULDEISER",
            "FECHA OPERACION", "FECHA", "UMSATZ VOM", "KARTENNR", "FOLGENR", "VERFALLD",
            // Slovak payment symbols, the Croatian reference, Luxembourg's card number; Sparkasse's card entries:
            // the card's sequence number and expiry year (… KFN 1 VJ 2812); BNP's mandate
            "VS", "SS", "KS", "POZIV NA BROJ", "NO CARTE", "CARTE NO", "KFN", "VJ", "MDT",
            // Fineco's card entries end with the day of the purchase (… Data operazione 06/03/2026)
            "DATA OPERAZIONE", "DATA VALUTA"}) {
            LABELS.put(label, LabelAction.DROP_VALUE);
        }
        // CaixaBank: COMPRA EN <name>, CON LA TARJETA : 4940XXXXXXXX1234 EL 2024-03-12
        // credit unions repeat the payee after CO: at the end (… TYPE: PAYROLL ID: 9111111101 CO: WOODWARD INC)
        for (String label : new String[] {"INDN", "IND NAME", "INDIVIDUAL NAME", "CON LA TARJETA", "CO"}) {
            LABELS.put(label, LabelAction.DROP_UNTIL_LABEL);
        }
    }

    private DescriptorVocabulary() {
    }

    /**
     * The one town of a single word that begins with {@code cut} (five letters or more), or null when none or
     * several do. A scan of the town list, made only for the rare name a bank cut after {@code CITY OF}.
     */
    static String onlyTownStartingWith(String cut) {
        if (cut.length() < 5) {
            return null;
        }
        String found = null;
        for (String place : PLACES) {
            if (place.startsWith(cut) && place.indexOf(' ') < 0) {
                if (found != null) {
                    return null;
                }
                found = place;
            }
        }
        return found;
    }

    /** The classes of a word in matching form, 0 for none. */
    /**
     * Whether a number is part of brand names ({@code MICROSOFT 365}); the card, reference and phone numbers most
     * descriptors carry are longer than any of them and are told apart by their length alone.
     */
    static boolean isBrandNumber(String number) {
        return number.length() <= LONGEST_BRAND_NUMBER && BRAND_NUMBERS.contains(number);
    }

    static int classesOf(String word) {
        Integer classes = WORD_CLASSES.get(word);
        return classes == null ? 0 : classes;
    }

    private static Map<String, Integer> wordClasses() {
        Map<String, Integer> classes = new HashMap<>();
        Object[][] sets = {
            {MONTHS, MONTH}, {WEEKDAYS, WEEKDAY}, {NOISE_WORDS, NOISE}, {CURRENCY_CODES, CURRENCY},
            {SEC_CODES, SEC_CODE}, {LOCATION_CODES, LOCATION_CODE}, {PLACE_GUARDS, PLACE_GUARD},
            {NUMBER_LABELS, NUMBER_LABEL}, {CARD_LABELS, CARD_LABEL}, {TOP_LEVEL_DOMAINS, TOP_LEVEL_DOMAIN},
        };
        for (Object[] set : sets) {
            @SuppressWarnings("unchecked")
            Set<String> words = (Set<String>) set[0];
            for (String word : words) {
                classes.merge(word, (Integer) set[1], (a, b) -> a | b);
            }
        }
        for (String place : PLACES) {
            classes.merge(place.substring(place.lastIndexOf(' ') + 1), PLACE_END, (a, b) -> a | b);
        }
        return classes;
    }

    private static void putIntermediary(String prefix, String canonical, boolean needsStar, boolean sellsItself) {
        INTERMEDIARIES.put(prefix, new Intermediary(canonical, needsStar, sellsItself));
    }

    private static Set<String> loadPlaces() {
        Set<String> places = new HashSet<>();
        try (InputStream in = DescriptorVocabulary.class.getResourceAsStream("places.txt")) {
            if (in == null) {
                throw new IllegalStateException("The resource org/myknees/domain/merchant/places.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String place = line.strip();
                if (!place.isEmpty() && !place.startsWith("#")) {
                    places.add(place);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read org/myknees/domain/merchant/places.txt", e);
        }
        return places;
    }
}
