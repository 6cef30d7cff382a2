package org.myknees.domain.merchant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Gives back the umlauts that German bank texts print as {@code AE}, {@code OE} and {@code UE}
 * ({@code METZGEREI MUELLER} is {@code Metzgerei Müller}), and only in German bank texts: a vowel followed by
 * {@code E} is often no umlaut ({@code FEUER}, {@code QUELLE}, {@code BLUE}), so only word parts listed here,
 * whose plain spelling is not German, are changed. {@code SS} stays, since it may as well be {@code ss} as
 * {@code ß}.
 */
final class GermanSpelling {

    /**
     * Parts of trade and shop words, also inside compounds ({@code LANDBAECKEREI}, {@code TIERAERZTIN}), with their
     * umlaut: no other language spells them so, so they mark a text as German by themselves ({@code POS 9,80 AT K1
     * ... BAECKEREI GRUBERHOF}, printed by an Austrian bank with no German bank word).
     */
    private static final String[][] TRADE_PARTS = {
        {"BAECKER", "BÄCKER"}, {"DOENER", "DÖNER"}, {"GETRAENK", "GETRÄNK"}, {"GEMUESE", "GEMÜSE"},
        {"BRAEU", "BRÄU"}, {"KUECHE", "KÜCHE"}, {"MOEBEL", "MÖBEL"}, {"SCHLUESSEL", "SCHLÜSSEL"},
        {"BUECHER", "BÜCHER"}, {"MUEHLE", "MÜHLE"}, {"HUETTE", "HÜTTE"}, {"AERZT", "ÄRZT"}, {"KAESE", "KÄSE"},
        {"STAEDT", "STÄDT"}, {"STAETTE", "STÄTTE"}, {"GAERTN", "GÄRTN"}, {"FRISOER", "FRISÖR"},
        {"FRUECHTE", "FRÜCHTE"}, {"FRUEHSTUECK", "FRÜHSTÜCK"}, {"STUEBCHEN", "STÜBCHEN"}, {"STUEBERL", "STÜBERL"},
        {"KRAEUTER", "KRÄUTER"}, {"WAESCHE", "WÄSCHE"}, {"BUERO", "BÜRO"}, {"MAERKTE", "MÄRKTE"},
        {"BLUMENLAEDCHEN", "BLUMENLÄDCHEN"}, {"LAEDCHEN", "LÄDCHEN"}, {"TUEV", "TÜV"}, {"GRUNDSTUECK", "GRUNDSTÜCK"},
        {"UNIVERSITAET", "UNIVERSITÄT"}, {"HOERGERAET", "HÖRGERÄT"}, {"HOERAKUSTIK", "HÖRAKUSTIK"},
        {"HOERSTUDIO", "HÖRSTUDIO"}, {"GERAETE", "GERÄTE"}, {"GESCHAEFT", "GESCHÄFT"},
        {"ROESTEREI", "RÖSTEREI"}, {"GAESTEHAUS", "GÄSTEHAUS"}, {"KNOEDEL", "KNÖDEL"}, {"SPAETZLE", "SPÄTZLE"},
        {"WUERSTL", "WÜRSTL"}, {"HAEUSL", "HÄUSL"},
    };
    /** Parts of family names and places, German only in a German text ({@code MUELLER} is also a US name). */
    private static final String[][] NAME_PARTS = {
        {"BRUECK", "BRÜCK"}, {"GRUEN", "GRÜN"}, {"SCHOEN", "SCHÖN"}, {"KOENIG", "KÖNIG"}, {"SOEHNE", "SÖHNE"},
        {"GLUECK", "GLÜCK"},
        // the animals, brothers and daughters of inn, nursery and family-firm names (ZUM BAEREN, KITA MARIENKAEFER,
        // MAIER BRUEDER)
        {"KAEFER", "KÄFER"}, {"BAEREN", "BÄREN"}, {"VOEGEL", "VÖGEL"}, {"BRUEDER", "BRÜDER"},
        {"TOECHTER", "TÖCHTER"}, {"BLUETE", "BLÜTE"}, {"SCHLOESS", "SCHLÖSS"}, {"FAESSCHEN", "FÄSSCHEN"},
        {"MUELLER", "MÜLLER"}, {"MOELLER", "MÖLLER"}, {"SCHROEDER", "SCHRÖDER"}, {"SCHAEFER", "SCHÄFER"},
        {"KRUEGER", "KRÜGER"}, {"JAEGER", "JÄGER"}, {"KOEHLER", "KÖHLER"}, {"BOEHM", "BÖHM"},
        {"GUENTHER", "GÜNTHER"}, {"KUEHN", "KÜHN"}, {"FROEHLICH", "FRÖHLICH"}, {"SCHUETZ", "SCHÜTZ"},
        {"KRAEMER", "KRÄMER"}, {"LOEWE", "LÖWE"}, {"DOERR", "DÖRR"}, {"SCHUELER", "SCHÜLER"}, {"GOETZ", "GÖTZ"},
        {"HOEFLER", "HÖFLER"}, {"MAERZ", "MÄRZ"}, {"HAERTEL", "HÄRTEL"}, {"SUESSMUTH", "SÜSSMUTH"},
        // towns and regions
        {"MUENCH", "MÜNCH"}, {"MUENSTER", "MÜNSTER"}, {"DUESSELDORF", "DÜSSELDORF"}, {"KOELN", "KÖLN"},
        {"NUERNBERG", "NÜRNBERG"}, {"WUERZBURG", "WÜRZBURG"}, {"GOETTINGEN", "GÖTTINGEN"},
        {"LUENEBURG", "LÜNEBURG"}, {"TUEBINGEN", "TÜBINGEN"}, {"LUEBECK", "LÜBECK"}, {"FUERTH", "FÜRTH"},
        {"OESTERREICH", "ÖSTERREICH"}, {"WUERTTEMBERG", "WÜRTTEMBERG"}, {"LOERRACH", "LÖRRACH"},
        {"BOEBLINGEN", "BÖBLINGEN"}, {"JUELICH", "JÜLICH"}, {"DUEREN", "DÜREN"}, {"GUETERSLOH", "GÜTERSLOH"},
        {"LUEDENSCHEID", "LÜDENSCHEID"}, {"KAERNTEN", "KÄRNTEN"}, {"PLOEN", "PLÖN"}, {"BUEDINGEN", "BÜDINGEN"},
        {"SCHWAEBISCH", "SCHWÄBISCH"}, {"GMUEND", "GMÜND"}, {"THUERING", "THÜRING"}, {"SAECHSISCH", "SÄCHSISCH"},
        {"FRAENKISCH", "FRÄNKISCH"},
    };
    private static final String[][] PARTS = Stream.concat(Arrays.stream(TRADE_PARTS), Arrays.stream(NAME_PARTS))
            .toArray(String[][]::new);
    /**
     * German trade words that open a local business's name ({@code METZGEREI …}, {@code ZAHNARZTPRAXIS DR. …}):
     * the family name after them is German too, so any umlaut it was printed without comes back.
     */
    private static final Set<String> TRADE_OPENINGS = Set.of("METZGEREI", "FLEISCHEREI", "FLEISCHHAUEREI",
            "LANDMETZGEREI", "KONDITOREI", "CONDITOREI", "ZAHNARZTPRAXIS", "ARZTPRAXIS", "HAUSARZTPRAXIS",
            "TIERARZTPRAXIS", "PRAXIS", "ORDINATION", "APOTHEKE", "FRISEUR", "FRISEURSALON", "FRISIERSALON",
            "GASTHAUS", "GASTHOF", "LANDGASTHOF", "WIRTSHAUS", "BESENWIRTSCHAFT", "HEURIGER", "SPORTHAUS",
            "AUTOHAUS", "SCHREINEREI", "TISCHLEREI", "GAERTNEREI", "WEINGUT", "HOFLADEN",
            "KFZ", "ZWEIRAD", "RADHAUS", "AUGENOPTIK", "OPTIK", "PHYSIOTHERAPIE", "KRANKENGYMNASTIK");
    /** Short words that are German only as whole words. */
    private static final String[][] WORDS = {{"SUED", "SÜD"}, {"FUER", "FÜR"}, {"UEBER", "ÜBER"}};

    /** Words of German bank texts that mark the text as German. */
    private static final Set<String> MARKERS = Set.of("KARTENZAHLUNG", "LASTSCHRIFT", "BASISLASTSCHRIFT",
            "FOLGELASTSCHRIFT", "ERSTLASTSCHRIFT", "DAUERAUFTRAG", "UEBERWEISUNG", "GUTSCHRIFT", "GEHALT",
            "GIROCARD", "GELDAUTOMAT", "DEBITKARTE", "ABSCHLAG", "BEITRAG", "MIETE", "EINZUG", "ENTGELT",
            // the articles that open inn names (ZUM SCHWARZEN BAEREN), also where an Austrian card text has no other
            "ZUM", "ZUR", "BEIM");

    private GermanSpelling() {
    }

    /** Whether a word of the text could hold a printed umlaut, and the text is German bank text. */
    static boolean applies(String raw, Iterable<Piece> pieces) {
        boolean candidate = false;
        for (Piece piece : pieces) {
            if (piece.type == Piece.Type.WORD && mayHoldUmlaut(piece.norm)) {
                if (holdsTradePart(piece.norm)) {
                    return true;
                }
                candidate = true;
            }
        }
        if (!candidate) {
            return false;
        }
        for (Piece piece : DescriptorScanner.scan(raw)) {
            if (MARKERS.contains(piece.norm)) {
                return true;
            }
        }
        return false;
    }

    /** The word with the umlauts it was printed without, or the word itself. */
    static String restore(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        if (!mayHoldUmlaut(upper)) {
            return word;
        }
        for (String[] whole : WORDS) {
            if (upper.equals(whole[0])) {
                return whole[1];
            }
        }
        String restored = upper;
        for (String[] part : PARTS) {
            if (restored.contains(part[0])) {
                restored = restored.replace(part[0], part[1]);
            }
        }
        return restored.equals(upper) ? word : restored;
    }

    /** Whether a name opening with this word is a German local business's ({@code METZGEREI HAEGELE}). */
    static boolean opensTradeName(String upper) {
        return TRADE_OPENINGS.contains(upper) || holdsTradePart(upper);
    }

    /**
     * A family name after a German trade word with its umlauts back: {@code AE}, {@code OE} and {@code UE} after a
     * consonant other than {@code Q}, except at the word's end ({@code BLUE}) and before {@code L}, where first
     * names keep them ({@code MANUELA}, {@code MICHAEL}, {@code JOEL}).
     */
    static String restoreFamilyName(String word) {
        String restored = restore(word);
        if (!restored.equals(word)) {
            return restored;
        }
        String upper = word.toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(upper.length());
        boolean changed = false;
        int i = 0;
        while (i < upper.length()) {
            char letter = upper.charAt(i);
            if (i > 0 && i + 2 < upper.length() && upper.charAt(i + 1) == 'E' && "AOU".indexOf(letter) >= 0
                    && consonant(upper.charAt(i - 1)) && upper.charAt(i + 2) != 'L'
                    && Character.isLetter(upper.charAt(i + 2))) {
                out.append(letter == 'A' ? 'Ä' : letter == 'O' ? 'Ö' : 'Ü');
                i += 2;
                changed = true;
            } else {
                out.append(letter);
                i++;
            }
        }
        return changed ? out.toString() : word;
    }

    private static boolean consonant(char c) {
        return c >= 'A' && c <= 'Z' && "AEIOUQ".indexOf(c) < 0;
    }

    private static boolean holdsTradePart(String upper) {
        for (String[] part : TRADE_PARTS) {
            if (upper.contains(part[0])) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHoldUmlaut(String upper) {
        return upper.contains("AE") || upper.contains("OE") || upper.contains("UE");
    }
}
