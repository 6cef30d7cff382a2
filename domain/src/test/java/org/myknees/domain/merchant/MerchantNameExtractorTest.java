package org.myknees.domain.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MerchantNameExtractorTest {

    private final MerchantNameExtractor extractor = new MerchantNameExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            STARBUCKS STORE 05523 SEATTLE WA                       | Starbucks
            POINT OF SALE WITHDRAWAL BRIGHTON FAMILY VETERINARY ROCHESTER NY | Brighton Family Veterinary
            DDA POS PURCHASE TWO BROTHERS ROUNDHOUSE AURORA IL     | Two Brothers Roundhouse
            DEBIT CARD PURCHASE AT OAKLEY PET HOSPITAL CINCINNATI OH ON 031226 FROM CARD#: XXXXXXXXXXXX2291 | Oakley Pet Hospital
            Withdrawal Debit Card TST* PIROSHKY ON 3RD SEATTLE WA Date 03/16/26 | Piroshky on 3rd
            PURCHASE AUTHORIZED ON 03/14 QUIKTRIP 0714 TULSA OK S582073512345678 CARD 4821 | Quiktrip
            ROUNDHAY DENTAL PRACTICE LEEDS VIS                     | Roundhay Dental Practice
            PENNINE MOTORS MOT CD 2231                             | Pennine Motors
            CARD PAYMENT TO MILLBROOK MOT CENTRE ON 22 SEP         | Millbrook Mot Centre
            Kartenzahlung girocard Baeckerei Janssen Hamburg 2026-03-09T07:58:31 Kartennr. 5411 | Bäckerei Janssen
            Withdrawal POS #512208871234 BLUEGILL BAIT SHOP PEORIA IL | Bluegill Bait Shop
            Withdrawal ACH PRAIRIE ELECTRIC COOP TYPE: PAYMENT ID: 9000123456 CO: PRAIRIE ELECTRIC COOP | Prairie Electric Coop
            DEB KIRKBY BAKERS CD 1234                              | Kirkby Bakers
            AplPay MAPLE & RYE NEW YORK NY                         | Maple & Rye
            KARTENZAHLUNG BIOLADEN SONNENHOF//KASSEL/DE 2026-01-05T10:12:44 KFN 1 VJ 2712 | Bioladen Sonnenhof
            CB LA PETITE FABRIQUE FACT 120126                      | La Petite Fabrique
            TST* HARBOR LIGHT GRILL - MIDTOWN OMAHA NE             | Harbor Light Grill
            SEASIDE SURF CO LA JOLLA CA                            | Seaside Surf Co
            BILL PAYMENT VIA FASTER PAYMENT TO BRIGHTWAY LETTINGS REFERENCE FLAT 2 | Brightway Lettings
            LITTLE ACORN LEARNING CTR WEB ID: 1234567890           | Little Acorn Learning Center
            SEPA-LASTSCHRIFT YOGASTUDIO LOTUS PASSAU MITGLIEDSBEITRAG | Yogastudio Lotus
            SEPA-LASTSCHRIFT FINANZAMT PASSAU EINKOMMENSTEUER      | Finanzamt Passau
            PRLV SEPA MICRO CRECHE LES LUTINS FEVRIER              | Micro Creche les Lutins
            ELMWOOD VILLAGE APTS WEB PMTS WEB ID: 1770400000       | Elmwood Village Apartments
            COMPRA TARJ. 4412XXXX MESON EL ARRIERO MADRID          | Meson El Arriero
            CARD PAYMENT TO BOOKWORM & CO ON 28 OCT                | Bookworm & Co
            SEPA-LASTSCHRIFT HANSA WOHNBAU EG MIETE                | Hansa Wohnbau
            POS 12.03 14:22 K1 GASTHOF ZUM OCHSEN SALZBURG         | Gasthof zum Ochsen
            HOMETOWN SAVINGS BANK MORTGAGE PMT                     | Hometown Savings Bank
            ACH DEBIT RIVERVALE CREDIT UNION AUTO PMT              | Rivervale Credit Union
            PRAIRIE LAKES FCU DES:LOAN PMT ID:88120 INDN:J ELLIS   | Prairie Lakes Federal Credit Union
            REFUND COPPERLEAF TAQUERIA                             | Copperleaf Taqueria
            CLEARWATER TAX & BOOKKEEPING                           | Clearwater Tax & Bookkeeping
            SQ *JOE'S PIZZA BROOKLYN NY                            | Joe's Pizza
            TRADER JOE S #552 OAKLAND CA                           | Trader Joe's
            MCDONALD'S F4521 HOUSTON TX                            | McDonald's
            O'REILLY AUTO PARTS 1234 SPRINGFIELD MO                | O'Reilly Auto Parts
            CHICK-FIL-A #03312 ATLANTA GA                          | Chick-Fil-A
            POS DEBIT 1234 7-ELEVEN 35123 DALLAS TX                | 7-Eleven
            H&M0412 CHICAGO IL                                     | H&M
            AT&T*BILL PAYMENT 800-288-2020 TX                      | AT&T
            BARNES & NOBLE #2412 NEW YORK NY                       | Barnes & Noble
            KFC J456012 LOUISVILLE KY                              | KFC
            NETFLIX.COM 866-579-7172 CA                            | Netflix
            WWW.EASYJET.COM LUTON                                  | Easyjet
            TST* THE SMOKEHOUSE BBQ KANSAS CITY MO                 | The Smokehouse BBQ
            THE PUB ON MAIN LLC FREDERICK MD                       | The Pub on Main
            THE RED LION PUB CHELMSFORD                            | The Red Lion Pub
            CB CAFÉ DE FLORE 18/03 PARIS                           | Café de Flore
            KARTENZAHLUNG MÜLLER DROGERIE 1234 MÜNCHEN             | Müller Drogerie
            SEPA-Lastschrift Netflix International B.V. EREF: 123  | Netflix International
            1PASSWORD 888-203-0817 ON                              | 1Password
            YMCA OF GREATER SEATTLE SEATTLE WA                     | Ymca of Greater Seattle
            CVS/PHARMACY #04412 BOSTON MA                          | CVS Pharmacy
            DISNEY+ 888-905-7888 CA                                | Disney+
            SQ *MAPLE HOLLOW DONUTS Chico CA                       | Maple Hollow Donuts
            BLUE HERON DINER STAUNTON VA                           | Blue Heron Diner
            THE OYSTER SHACK TYBEE ISLAND GA                       | The Oyster Shack
            MARIO'S ITALIAN KITCHEN SAN LEANDRO CA                 | Mario's Italian Kitchen
            CULVERS OF MADISON WI                                  | Culvers of Madison
            QUEST DIAGNOSTICS 866-697-8378 NJ                      | Quest Diagnostics
            NORTHFIELD WATER CO DD                                 | Northfield Water Co
            MERIDIAN LETTINGS SO                                   | Meridian Lettings
            FPO S WILLIAMS REF BIRTHDAY                            | S Williams
            Lastschrift STADTWERKE MUSTERSTADT GMBH Mandatsref. 123456 Gläubiger-ID DE12ZZZ00000000001 Abschlag | Stadtwerke Musterstadt
            PRLV SEPA ENERGIE DU LAC ICS FR99ZZZ000001 RUM EL-00001 | Energie du Lac
            SEPA-LASTSCHRIFT PAYPAL EUROPE S.A.R.L. ET CIE S.C.A PP.1111.PP . WOLLSTUBE MAIER, IHR EINKAUF BEI WOLLSTUBE MAIER | Wollstube Maier
            COMPRA EN LIBRERIA LUNA, CON LA TARJETA : 1234XXXXXXXX9876 EL 2024-05-02 | Libreria Luna
            PAGAMENTO POS 02/05/2024 12.00 CARTA N. 9876 CARTOLERIA ROSSI MILANO | Cartoleria Rossi
            BETALING VIA BANCONTACT 02-05 12:00 BAKKERIJ PEETERS KAART 1234 XXXX XXXX 9876 | Bakkerij Peeters
            ACHAT CB CAVE SAINT VINCENT 02.05.24 CARTE NUMERO 987  | Cave Saint Vincent
            KIERANS FOODSTORE *MOBI                                | Kierans Foodstore
            THE OLD FORGE TEA ROOM      MARKETVILLE    01234 567890 | The Old Forge Tea Room
            VIR SEPA RECU DE SARL DUVAL FRERES                     | Duval Freres
            SEPA-LASTSCHRIFT Stadtwerke Neustadt AG EREF+ AB12 MREF+ 30004 CRED+ DE43ZZZ00000012345 SVWZ+ Abschlag | Stadtwerke Neustadt
            4829 03MAR26 C , BRIDGE STREET BAKERY , LEEDS GB       | Bridge Street Bakery
            Lastschrift VISA 4546XXXXXXXX1234 CAFE AM MARKT KAUFUMSATZ 04.03 101233 ARN74012345698765 | Cafe am Markt
            PAGAMENTO POS BAR CENTRALE 05/03 ORE 10:12 CARTA 1234 LUCCA | Bar Centrale
            BETALING MET DEBETKAART NUMMER 4871 02XX XXXX 1234 BAKKERIJ JANSSENS GENT 13-03-2026 OM 19.05 UUR | Bakkerij Janssens
            POS 8,20 AT K1 12.03. 09:15 CAFE CENTRAL 1010 WIEN     | Cafe Central
            POS 9,80 AT K1 14.03. 07:40 BAECKEREI HUBER 5020 SALZBURG | Bäckerei Huber
            BILLA DANKT 0771 WIEN                                  | Billa
            DAUERAUFTRAG MIETE WOHNUNG 1.OG HAUSVERWALTUNG SEIDL   | Hausverwaltung Seidl
            VIR SEPA EMIS /MOTIF LOYER AVRIL /BEN AGENCE DU PARC   | Agence du Parc
            KARTENZAHLUNG PIZZERIA ROMA BONN//BONN/DE 2026-03-07T20:31:44 | Pizzeria Roma
            ADDEBITO SEPA DD ACQUE VERONESI                        | Acque Veronesi
            ADDEBITO SDD CORE GEOFARMA SRL FATTURA 3301            | Geofarma
            CONTACTLESS PAYMENT TO THE SHIP AND WHITBY ON 12 APR   | The Ship and Whitby
            THE ANCHOR & DOVER CD 4412                             | The Anchor & Dover
            PAGAMENTO POS TRATTORIA DELLA PIAZZA BERGAMO           | Trattoria della Piazza
            ACTIVE*CITY OF BOULDER PARKS 888-5364900 CO            | City of Boulder Parks
            JACKRABBIT*CARY SWIM ACADEMY 919-5550100 NC            | Cary Swim Academy
            OVERSCHRIJVING NAAR BE68 5390 0754 7034 TENNISCLUB WILRIJK LIDGELD 2026 | Tennisclub Wilrijk
            DD LEEDS CITY COUNCIL C.TAX 4417122                    | Leeds City Council
            CITY OF WESTERVILLE OH DES:UTILITY ID:44812 INDN:J DOE CO ID:1316001234 PPD | City of Westerville
            COUNTY OF SAN DIEGO CA TTC 4412                        | County of San Diego
            ADDEBITO DIRETTO SDD B2B STUDIO TECNICO ROSSETTI       | Studio Tecnico Rossetti
            PAGAMENTO PAGOPA COMUNE DI VARESE TARI 2026            | Comune di Varese
            CONTACTLESS PAYMENT TO THE CORNER CAFE ON 17 JUN       | The Corner Cafe
            SEPA-LASTSCHRIFT STADT BONN GRUNDBESITZABGABEN 4711    | Stadt Bonn
            RECIBO MAPFRE VIDA SEGURO HOGAR                        | Mapfre Vida
            PRLV SEPA MAIRIE DE LYON CANTINE SCOLAIRE              | Mairie de Lyon
            DISCOVER E-PAYMENT 8453 WEB ID: 2510020270             | Discover E-Payment
            RIVERBEND ELECTRIC DES:ENERGY ID:4412 INDN:A SMITH CO ID:1234567890 PPD | Riverbend Electric
            ORIG CO NAME:HILLTOP WATER DISTRICT CO ENTRY DESCR:WATER BILL SEC:PPD | Hilltop Water District
            PURCHASE AUTHORIZED ON 03/02 PRAIRIE FUEL 0412 HAYS KS P000000123456789 CARD 1234 | Prairie Fuel
            CB LIBRAIRIE DES ARCADES 02/04 PARIS 11                | Librairie des Arcades
            CORAL NAIL SPA INC TAMPA FL                            | Coral Nail Spa
            SEPA-LASTSCHRIFT HOLZBAU ZIMMER GMBH & CO KG           | Holzbau Zimmer
            COMPRA TARJ. 4412XXXXXXXX1234 BAR EL RINCON SL         | Bar El Rincon
            KARTENZAHLUNG FLEISCHEREI SCHROEDER 0412               | Fleischerei Schröder
            KARTENZAHLUNG LANDBAECKEREI KUEHN 03 KIEL              | Landbäckerei Kühn
            KARTENZAHLUNG FEUERWACHE GRILL                         | Feuerwache Grill
            KARTENZAHLUNG GASTHOF ZUR POST                         | Gasthof zur Post
            SQ *MUELLER FARMS Boise ID                             | Mueller Farms
            """)
    void makesAHumanNameFromRawText(String raw, String expected) {
        assertThat(extractor.extract(raw)).contains(expected);
    }

    @Test
    void givesNothingWhenTheTextHoldsNoName() {
        assertThat(extractor.extract("XXXXXXXXXXXX1234 01/05")).isEmpty();
        assertThat(extractor.extract("1234 5678")).isEmpty();
        assertThat(extractor.extract("")).isEmpty();
    }

    @Test
    void keepsTheOriginalSpellingOfAccentsWhileMatchingUsesFoldedForms() {
        assertThat(extractor.extract("BOULANGERIE DU MARCHÉ 17/03")).contains("Boulangerie du Marché");
        assertThat(new DescriptorNormalizer().normalize("BOULANGERIE DU MARCHÉ 17/03")).isEqualTo("BOULANGERIE DU MARCHE");
    }

    @Test
    void aLegalFormAfterTheNameMeansACompany() {
        assertThat(extractor.namesCompany("ACME ENGINEERING LTD BGC")).isTrue();
        assertThat(extractor.namesCompany("GUTSCHRIFT NORDLICHT LOGISTIK GMBH")).isTrue();
        assertThat(extractor.namesCompany("BANK GIRO CREDIT SOUTHDOWN CONTRACTORS")).isTrue();
        assertThat(extractor.namesCompany("FPI J PATEL REF RENT SHARE")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            THE OLD MILL CD 7731                                     | The Old Mill
            THE ROSE AND CROWN ON 03 MAR CLP                         | The Rose and Crown
            VIS CORNER NEWS                                          | Corner News
            VDP-THE SALTY DOG                                        | The Salty Dog
            KORTTIOSTO KAHVILA AALTO                                 | Kahvila Aalto
            CARD REFUND FROM HARBOUR BIKES ON 02 MAR                 | Harbour Bikes
            PAIEMENT BANCONTACT FRITERIE DU MARCHE                   | Friterie du Marche
            KARTICNO PLACANJE KONOBA STARI MLIN                      | Konoba Stari Mlin
            CARD PAYMENT TO KLARNA*NORTHERN THREADS ON 05 MAR        | Northern Threads
            PURCHASE AUTHORIZED ON 05/02 PELICAN BAIT SHOP DESTIN FL S123456789012345 CARD 9876 | Pelican Bait Shop
            STARDUST DRIVE-IN MACON GA                               | Stardust Drive-in
            """)
    void bankFramingTrailingCodesAndTownsAreNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SEPA-LASTSCHRIFT KITA SONNENSCHEIN ELTERNBEITRAG              | Kita Sonnenschein
            SEPA-LASTSCHRIFT NORDSTERN VERSICHERUNG KFZVERSICHERUNG       | Nordstern Versicherung
            PRLV SEPA MUTUELLE DU LITTORAL ASSURANCE HABITATION           | Mutuelle du Littoral
            ORIG CO NAME:SUMMIT CARD SVCS CO ENTRY DESCR:EPAYMENT SEC:WEB | Summit Card Services
            BLUE LAKE CU DES:LOAN PMT ID:1234 INDN:ANN BELL CO ID:2345678901 PPD | Blue Lake Credit Union
            SUORAMAKSU KOTKAN LAMPOVERKKO OY KAUKOLAMPO                   | Kotkan Lampoverkko
            Tiešais debets DAUGAVAS SILTUMS SIA rekins 02/26              | Daugavas Siltums
            DEBITO DIRETO GINASIO RIBEIRA NOVA MENSALIDADE                | Ginasio Ribeira Nova
            ADEUDO RECIBO ACADEMIA DE INGLES SOLANA REF 20931             | Academia de Ingles Solana
            BETALING MET DEBETKAART NR 5411 XXXX 07 SCHOENMAKERIJ DEWAELE BRUGGE | Schoenmakerij Dewaele
            PAIEMENT MAESTRO 4871 XXXX 3 TEINTURERIE DU CENTRE LIEGE      | Teinturerie du Centre
            """)
    void purposesAfterACreditorEndItsNameAndShortenedWordsAreWrittenOut(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            TST* HOLLOW TREE RAMEN WICKER PARK CHICAGO IL                 | Hollow Tree Ramen
            POS DEBIT 04/02 CASA MIA TAQUERIA YBOR CITY TAMPA FL          | Casa Mia Taqueria
            SP FERN AND FIBER FERNANDFIBER.CO CA                          | Fern and Fiber
            SP BRIGHTKNIT BRIGHTKNIT.COM NY                               | Brightknit
            BORA BORA GRILL                                               | Bora Bora Grill
            LOCAL ROOTS CAFE 221 W 4TH ST AUSTIN 78701 TX USA             | Local Roots Cafe
            POS DEBIT 04/03 GLOW NAILS & SPA ST PETERSBURG FL             | Glow Nails & Spa
            PURCHASE RETURN AUTHORIZED ON 04/04 KOHLS K-0412 AUSTIN TX    | Kohls
            SQ *HARTLEY TAX SERVICE Memphis TN                            | Hartley Tax Service
            LAKESIDE PEDIATRICS PC DENVER CO                              | Lakeside Pediatrics
            DEBIT PURCHASE -VISA PINE RIDGE VET CLIN VERONA WI            | Pine Ridge Vet Clinic
            WEB AUTHORIZED PMT PRAIRIE POWER COOP                         | Prairie Power Coop
            MOBILE PURCHASE 0403 RED BARN FEED STORE MACON GA             | Red Barn Feed Store
            """)
    void usAddressesDistrictsShopAddressesAndFramingAreNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FS *SLATEPAD FSPRG.COM MA                                     | Slatepad
            2CO.COM*INKWELL NOTES 877-294-0273 OH                         | Inkwell Notes
            DRI*CLEARVIEW BACKUP 800-934-7142 MN                          | Clearview Backup
            STRIPE* ORCHARD LANE POTTERY PORTLAND OR                      | Orchard Lane Pottery
            AFTERPAY US* JUNIPER & SAGE DENVER CO                         | Juniper & Sage
            CLEARPAY* HEDGEROW HOMEWARES MANCHESTER                       | Hedgerow Homewares
            SP * MARIGOLD LANE WWW.MARIGOLDL GB                           | Marigold Lane
            SP * TANNENHOF DRECHSLEREI TANNENHOF-DR DE                    | Tannenhof Drechslerei
            REMBOURSEMENT CB LIBRAIRIE DES QUAIS 1803 ROUEN               | Librairie des Quais
            """)
    void resellersInstalmentServicesAndShopAddressesAfterAStarAreNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CEDAR HOLLOW DINER ASHEVILLE NC VISA                          | Cedar Hollow Diner
            LITTLE FOX BOOKSHOP BURLINGTON VT MASTERCARD                  | Little Fox Bookshop
            DEBIT CARD PURCHASE - MC 0412 QUAIL RUN FEED STORE LUBBOCK TX | Quail Run Feed Store
            PayPal Express Checkout Hazel & Pine Studio                   | Hazel & Pine Studio
            Express Checkout Payment Northwind Outfitters                 | Northwind Outfitters
            CAFE BELLA VISA                                               | Cafe Bella Visa
            """)
    void cardNetworksAfterTheStateCodeAndPayPalsPaymentTypesAreNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Naam: Schildersbedrijf Kroon Omschrijving: schilderwerk factuur 118  | Schildersbedrijf Kroon
            Naam: GEMEENTE APELDOORN Omschrijving: rioolheffing 2026             | Gemeente Apeldoorn
            SEPA DIREKTNA OBREMENITEV PREJEMNIK: KOMUNALA VRHNIKA D.O.O. NAMEN: VODA 05/2026 | Komunala Vrhnika
            Saaja: Tartu Veevark AS Selgitus: arve 05/2026                       | Tartu Veevark
            Platba kartou 03.05.2026 KVETINARSTVO LIPA s.r.o. TRNAVA karta 4405XXXXXXXX1234 | Kvetinarstvo Lipa
            Kaardimakse 04.05 APTEEK KASK TARTU kaart ...1234                    | Apteek Kask
            PIRKINYS 05.05 KEPYKLA RUGELIS UAB KLAIPEDA                          | Kepykla Rugelis
            AGORA KARTAS 06/05 FOURNOS O MYLOS PATRA                             | Fournos O Mylos
            COMPRA TARJ. 5540XXXXXXXX1234 CERRAJERIA MOLINA S.L. VALENCIA        | Cerrajeria Molina
            Kartenzahlung Pizzeria Vesuvio Inh. A. Russo//Fulda/DE               | Pizzeria Vesuvio
            Zahlungsempfänger: Malerei Gruber e.U. Verwendungszweck Rechnung 12/2026 | Malerei Gruber
            """)
    void payeeFieldsCardFramingAndLegalFormsOfMoreEuroAreaBanks(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Visa-Umsatz BUCHHANDLUNG HEYMANN HAMBURG DE Kurs 1,0000 Umsatz vom 02.06.2026 | Buchhandlung Heymann
            Kartenzahlung girocard Eisdiele Venezia Landshut 2026-06-03 Kartennr. ****1234 | Eisdiele Venezia
            Bezahlung Karte MC/000001234 Konditorei Zauner 06.06.                 | Konditorei Zauner
            PAGO CON TARJETA EN PANADERIA SAN MIGUEL - VALENCIA FECHA OPERACION 07/06/2026 | Panaderia San Miguel
            Pago en FRUTERIA LOLI BADAJOZ ES Tarj. :*1234                         | Fruteria Loli
            PAGAMENTO POS 8,50 EUR DEL 08.06.2026 ORE 10.15 PRESSO BAR SPORT VIA ROMA TORINO CARTA *1234 | Bar Sport
            Bancontact betaling Slagerij Peeters Hasselt 09-06-2026 10:12         | Slagerij Peeters
            Carte Nickel achat LIBRAIRIE GIBERT TOULOUSE 10/06/2026               | Librairie Gibert
            Paiement Carte FROMAGERIE DUBOIS 33BORDEAUX 11/06                     | Fromagerie Dubois
            DEBIT CARD PAYMENT HARTLEYS GREENGROCERS 12 NORWICH                   | Hartleys Greengrocers
            Purchase at THE OLD BAKEHOUSE YORK GBR                                | The Old Bakehouse
            """)
    void cardEntriesOfDirectBanksAppsAndHighStreetBanksAndGluedDepartmentNumbers(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Withdrawal Visa MAPLE LEAF BAGELS 12 NAPERVILLE IL                 | Maple Leaf Bagels
            RECURRING DEBIT CARD XXXXX1234 HILLTOP SWIM CLUB 610-5550100 PA    | Hilltop Swim Club
            ACH CORP DEBIT RIVERBEND LAWN CARE                                 | Riverbend Lawn Care
            ACH PMT LAKESHORE PEDIATRIC DENTAL                                 | Lakeshore Pediatric Dental
            VISA DDA PUR AP 512233 BRANDYWINE BIKE SHOP MEDIA * PA             | Brandywine Bike Shop
            DDA PURCHASE AP SEASIDE CLAM SHACK SALEM MA                        | Seaside Clam Shack
            FSP*MIDTOWN PEDIATRIC THERAPY 404-5550188 GA                       | Midtown Pediatric Therapy
            CKE*HILLTOP DINER 0412 RENO NV                                     | Hilltop Diner
            DEBIT PURCHASE -VISA CEDAR CREEK GRILL WEST HARTFORD CT            | Cedar Creek Grill
            POS PURCHASE BLUE DOOR BAKERY NORTH CHARLESTON SC                  | Blue Door Bakery
            DKB VISA DEBIT EISCAFE DOLOMITI ROSENHEIM                          | Eiscafe Dolomiti
            Kartenzahlung Comdirect Visa Debit BUCHHANDLUNG LEHMANN BONN       | Buchhandlung Lehmann
            BETALING MET KAART FRITUUR PAULIEN LEUVEN                          | Frituur Paulien
            Nakup kartica PEKARNA GRAH MARIBOR SI                              | Pekarna Grah
            POS AGORA ARTOPOIEIO GEORGIOU PATRA GR                             | Artopoieio Georgiou
            POS PURCHASE PEKARA DUBRAVICA ZAGREB HR                            | Pekara Dubravica
            """)
    void cardFramingOfUsCreditUnionsAndRegionalBanksBankCardProductsAndSmallerEuroCountries(String raw,
                                                                                             String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ACHAT VPAY 12.05.26 09:14 BOUCHERIE HOFFMANN DUDELANGE LU             | Boucherie Hoffmann
            PAIEMENT CARTE DEBIT LIBRAIRIE ERNSTER STRASSEN 14/05/2026 11:20 NO CARTE XXXX1234 | Librairie Ernster
            POS nakup 15.05.2026 KVETY ROZA s.r.o. POPRAD SVK                     | Kvety Roza
            PLACILO Z DEBETNO KARTICO 16.05.2026 CVETLICARNA MAJA D.O.O. VELENJE  | Cvetlicarna Maja
            Kupnja POS 17.05.2026 MESNICA BARIC D.O.O. OSIJEK HR                  | Mesnica Baric
            Kupnja POS 17.05.2026 OBRT MARIN D.O.O. BIOGRAD HR                    | Obrt Marin
            MasterCard Payment FAHRRADLADEN KREUZBERG BERLIN DEU                  | Fahrradladen Kreuzberg
            Paiement par carte de debit Bancontact 19/05 BOULANGERIE DEMOULIN NAMUR | Boulangerie Demoulin
            Card transaction of 9.80 EUR issued by Bakkerij Smit UTRECHT          | Bakkerij Smit
            Inkaso Prijemca: Vodarenska spolocnost Ruzinov a.s. VS 1234567 SS 0512 Ucel: vodne 05/2026 | Vodarenska Spolocnost Ruzinov
            ORDRE PERMANENT FAVEUR RESIDENCE LES TILLEULS SARL COMMUNICATION LOYER JUIN | Residence les Tilleuls
            DAUERAUFTRAG an Hausverwaltung Kessler Miete 06/2026                  | Hausverwaltung Kessler
            """)
    void cardFramingLabelsAndDottedLegalFormsOfSmallerEuroAreaBanks(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dishoom DISHOOM SHOREDITCH LONDON GBR                              | Dishoom
            Camden Council LB CAMDEN COUNCIL TAX                               | Camden Council
            The Ivy Cafe IVY CAFE MARYLEBONE LONDON GBR                        | The Ivy Cafe
            ROUNDHAY FISH BAR LEEDS GB Contactless                             | Roundhay Fish Bar
            MEANWOOD PHYSIO Faster payment                                     | Meanwood Physio
            CHAPEL ALLERTON TENNIS CLUB Direct debit                           | Chapel Allerton Tennis Club
            Card transaction of 22.00 GBP issued by Monmouth Coffee Bermondsey LONDON | Monmouth Coffee
            PAGAMENTO VISA DEBIT 12/04 PASTICCERIA MARINI ROMA ITA             | Pasticceria Marini
            LAKE COUNTY SEWER  UTILITYPMT  PPD ID: 1234567890                  | Lake County Sewer
            Tischlerei Brandl Ueberweisung Rechnung 2026-044                   | Tischlerei Brandl
            TSV Hoehenkirchen 1908 e.V. Lastschrift Beitrag 2026               | TSV Hoehenkirchen 1908
            KARTENZAHLUNG Metzgerei Lanz 2026-04-02T09:14:11 KFN 1 VJ 2912     | Metzgerei Lanz
            PRLV SEPA SAUR ECH/050426 ID EMETTEUR/FR12ZZZ556677 MDT/SAUR99812 REF/FACTURE | Saur
            WILLOW STREET CO-OP ASHEVILLE NC                                   | Willow Street Co-Op
            VIS CHESTERFIELD TILE CENTRE CHESTERFIELD                          | Chesterfield Tile Centre
            HILLSIDE THEATRE ONLINE                                            | Hillside Theatre
            CITY OF SPRINGFIEL UTILITIES 041526 8812 JANE DOE                  | City of Springfield
            FIRESIDE BOOKS 1510 EL CAMINO REAL SAN CARLOS 94070 CA USA         | Fireside Books
            """)
    void appAndExportLayoutsCleanNameFirstEntryTypeLastAndCutOrRepeatedTowns(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CONTACTLESS Fig Tree Deli FIG TREE DELI LEEDS GBR  | Fig Tree Deli
            CONTACTLESS Kaspers KASPERS YORK GBR               | Kaspers
            Contactless payment WILLOW BANK NURSERY, DEREHAM   | Willow Bank Nursery
            Visa purchase MILL LANE CYCLES, WYMONDHAM          | Mill Lane Cycles
            BORA BORA                                          | Bora Bora
            """)
    void aNamePrintedTwiceOrClosedByACommaAndTownEndsThere(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            KARTENZAHLUNG PIZZERIA BELLA NAPOLI HANNOVER                       | Pizzeria Bella Napoli
            Walla Walla WALLA WALLA ONION FARM                                 | Walla Walla
            BORA BORA BEACH BAR                                                | Bora Bora Beach Bar
            """)
    void aTownInsideANameOrANameOfRepeatedWordsStays(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            T WALSH ELECTRICAL FPO REF INV 5520                 | T Walsh Electrical
            R OKAFOR PLUMBING LTD FPO REF 7781                  | R Okafor Plumbing
            Lastschrift Tierarztpraxis Sonnenhang Rg 2290       | Tierarztpraxis Sonnenhang
            SEPA Incasso Dierenarts Het Veld nota 4410          | Dierenarts Het Veld
            Einzug Ordination Dr. Huber                         | Ordination Dr Huber
            Zelle payment to HERNANDEZ ROOFING LLC              | Hernandez Roofing
            BONIFICO A FAVORE DI IDRAULICA BENASSI CAUS: FATT 41 | Idraulica Benassi
            TRANSACT*HOLLOWAY COLLEGE 602-7952900 AZ             | Holloway College
            MERCY RIDGE HLTH DES:PATIENT PMT ID:5512             | Mercy Ridge Health
            DEB ORCHARDVALE PHARM CD 7712                        | Orchardvale Pharmacy
            FPO ASHDOWN NURSING HOME REF DAD JUNE                | Ashdown Nursing Home
            """)
    void aChannelBetweenNameAndPurposeInvoiceWordsAndPayeeOpeningsLeaveTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SO HARGRAVE LETTINGS FLAT 7 RENT                              | Hargrave Lettings
            SO LITTLE WRENS PRESCHOOL APRIL FEES                          | Little Wrens Preschool
            PRLV SEPA HALTE GARDERIE LES COCCINELLES PARTICIPATION AVRIL   | Halte Garderie les Coccinelles
            RECIBO SEGUROS BRAVO POLIZA 55120                             | Seguros Bravo
            PY *VILLAGE OF MINOOKA UTILITY PAYMENTS                       | Village of Minooka
            INSTAMED*LAKESIDE CARDIOLOGY GRP 866-945-7990 PA              | Lakeside Cardiology Group
            PROCARE*SUNNYBROOK CHILD CTR 877-776-2273 CO                  | Sunnybrook Child Center
            SEPA-LASTSCHRIFT STADTWERKE SCHWAEBISCH GMUEND ABSCHLAG        | Stadtwerke Schwäbisch Gmünd
            HARTSWOOD B/S MTGE 7781 DD                                    | Hartswood Building Society
            TRANSFERENCIA RECIBIDA DE MUEBLES ARANDA SL DEVOLUCION        | Muebles Aranda
            BONIFICO DA FALEGNAMERIA COLOMBO SRL RIMBORSO                 | Falegnameria Colombo
            BACS CREDIT OAKLEY TIMBER LTD                                 | Oakley Timber
            VIR RECU DE GARAGE DES PEUPLIERS                              | Garage des Peupliers
            BGC ELMBRIDGE CARE HOMES SALARIES                             | Elmbridge Care Homes
            PRLV SEPA ECOLE PRIVEE SAINT JOSEPH FRAIS SCOLARITE            | Ecole Privee Saint Joseph
            PRLV SEPA CABINET DENTAIRE DES MARRONNIERS HONORAIRES         | Cabinet Dentaire des Marronniers
            DD ST MARYS PRIMARY SCHOOL DINNERS                            | St Marys Primary School
            SEPA-LASTSCHRIFT Wasserzweckverband Oberes Pfaffental Mandat WZV-4412 Wasserabschlag | Wasserzweckverband Oberes Pfaffental
            ARIZONA DEPT REVENUE DES:AZ TAX REF ID:XXXXX0412 PPD          | Arizona Department of Revenue
            MARYLAND DIV TAXATION DES:TAX PMT ID:XXXXX7781 WEB            | Maryland Division of Taxation
            HARLOW DEPT STORE                                             | Harlow Department Store
            """)
    void aBillsMonthFlatPolicyOrUtilityPaymentEndsTheNameAndBillingServicesLeadToThePractice(String raw,
                                                                                           String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CB BOULANGERIE DES TILLEULS 21/06 CRUSSOL           | Boulangerie des Tilleuls
            CB GARAGE MOUNIER 02/07/26 LALOUVESC                | Garage Mounier
            CB LES JARDINS DE MAELYS 14/02 ST AGREVE            | Les Jardins de Maelys
            """)
    void wordsAfterTheDateOfAFrenchCardEntryAreTheTownTheListNeedNotKnow(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SEPA-Lastschrift Hoergeraete Brandl Eigenanteil      | Hörgeräte Brandl
            UEBERWEISUNG Universitaet Passau Semesterbeitrag     | Universität Passau
            UEBERWEISUNG Dr. Konstanze Ebeling Privatrechnung 88 | Dr Konstanze Ebeling
            """)
    void umlautsOfUniversityAndHearingAidWordsAndAPatientsShareOrPrivateBill(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PAGAMENTO POS 12/02/2026 10.15 CARTA N. 5521 PASTICCERIA LUCIANI CHIAVARI | Pasticceria Luciani
            PAGAMENTO POS 13/02/2026 18.40 CARTA N. 5521 CARTOLERIA BASSI CASALECCHIO | Cartoleria Bassi
            KARTENZAHLUNG METZGEREI BRUNNHUBER VIECHTACH          | Metzgerei Brunnhuber
            Betaalautomaat 03-02-2026 12:10 pasnr. 021 FIETSHANDEL VERBEEK RAAMSDONKSVEER | Fietshandel Verbeek
            COMPRA TARJ. 5521XXXX FERRETERIA PUIGVERT TORDERA      | Ferreteria Puigvert
            CARD PAYMENT TO THE COPPER KETTLE NORTHALLERTON ON 04 FEB | The Copper Kettle
            KORTTIOSTO 02.02 KAHVILA HELMI SEINAJOKI               | Kahvila Helmi
            COMPRA 0412 PASTELARIA ESTRELA SACAVEM                 | Pastelaria Estrela
            """)
    void aTownOfTheBroaderGeoNamesListAfterTheNameGoes(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CARD PAYMENT TO CARPET CLEARANCE SALE ON 04 FEB        | Carpet Clearance Sale
            KARTENZAHLUNG HOTEL GUTE LAGE                          | Hotel Gute Lage
            CARD PAYMENT TO BARGAIN STREET ON 05 FEB               | Bargain Street
            """)
    void aTownWhoseNameIsAlsoAMerchantWordIsNotInTheListAndStays(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Betaalautomaat 09:41 pasnr. 012 LSP*Brasserie Het Veerhuis DEVENTER      | Brasserie Het Veerhuis
            PAIEMENT MAESTRO VIVA*CHEZ BERNADETTE DINANT 04-03-2026                  | Chez Bernadette
            CARD PURCHASE 04/03 myPOS*KAFENEIO TO STEKI PAPHOS CY                    | Kafeneio to Steki
            BETALING VIA PAYCONIQ BY BANCONTACT AAN BAKKERIJ DE KORENAAR 04-03-2026  | Bakkerij de Korenaar
            PAGAMENTO POS 9,00 EUR DEL 04.03.2026 ORE 10.02 PRESSO SUMUP *PIADINERIA DEL PORTO CARTA *4412 | Piadineria del Porto
            """)
    void theTerminalsOfEuroAreaIndependentsArePrintedBeforeTheShopAndGo(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ADDEBITO SDD CIRCOLO SCHERMA LUNIGIANA ASD QUOTA ANNUALE     | Circolo Scherma Lunigiana
            DOMICILIERING VZW JEUGDHUIS DE SPIL LIDGELD                  | Jeugdhuis de Spil
            DOMICILIERING JEUGDHUIS DE SPIL VZW LIDGELD 2026             | Jeugdhuis de Spil
            CARD PAYMENT TO PEMBERTON & CO JEWELLERS ON 04 MAR           | Pemberton & Co Jewellers
            SQ *WHITTAKER & CO HAIR STUDIO                               | Whittaker & Co Hair Studio
            """)
    void associationFormsAndPartnersBeforeTheirTradeKeepOnlyTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /TRTP/iDEAL/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/Stichting Mollie Payments/REMI/M98765 0412 Fietsenwinkel De Spaak/EREF/0030004123456789 | Fietsenwinkel de Spaak
            SEPA iDEAL IBAN: NL91ABNA0417164300 BIC: ABNANL2A Naam: Adyen BV Omschrijving: 8812345 Boekhandel Het Fort Kenmerk: 2026-03-12 | Boekhandel Het Fort
            Naam: Stichting Mollie Payments | Stichting Mollie
            """)
    void aPaymentProviderCollectingForAShopGivesWayToTheShopInTheNextField(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lastschrift Zahlungsempfaenger: Kita Marienkaefer e.V. Verwendungszweck: Essensgeld April | Kita Marienkäfer
            KARTENZAHLUNG GASTHAUS ZUM SCHWARZEN BAEREN//Ulm/DE          | Gasthaus zum Schwarzen Bären
            POS 14,20 AT K1 03.03. 12:10 KNOEDELWIRT HALLEIN 5400        | Knödelwirt
            SEPA-LASTSCHRIFT Maier Brueder Dachdeckerei GmbH Rechnung 88 | Maier Brüder Dachdeckerei
            POS 41,60 AT K2 07.04. 19:30 ZUM GRUENEN JAEGER                | Zum Grünen Jäger
            SUMUP *ZUM FAESSCHEN                                         | Zum Fässchen
            """)
    void umlautsOfInnNurseryAndFamilyFirmNamesComeBackInGermanTexts(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PAGAMENTO POS 11/04/2026 09.10 CARTA *8841 PRESSO PANIFICIO ZORZETTO SNC DI ZORZETTO A. E C. MIRANO | Panificio Zorzetto
            PAGAMENTO POS 12/04/2026 20.30 CARTA *8841 PRESSO OSTERIA DAL MORO SRLS LONIGO | Osteria Dal Moro
            PAGAMENTO POS 12/04/2026 12.02 CARTA *8841 PRESSO FERRAMENTA BELLOTTO SAS DI BELLOTTO LUCA & C. | Ferramenta Bellotto
            """)
    void anItalianFirmsPartnersAfterItsLegalFormAreNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SEPA-LASTSCHRIFT VON Wasserzweckverband Lahnfeld Abschlag Q2 2026 | Wasserzweckverband Lahnfeld
            EUROPESE OVERSCHRIJVING NAAR BE42 0012 3456 7854 GEMEENTE ZOERSEL MEDEDELING +++004/4120/98877+++ | Gemeente Zoersel
            OVERSCHRIJVING NAAR BE68 5390 0754 7034 TENNISCLUB DE LINDE LIDGELD 2026 | Tennisclub de Linde
            """)
    void theFramingOfGermanDebitsAndBelgianTransfersAndThePayeesAccountGo(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RECIBO AYUNTAMIENTO DE ALFAFAR TASA VADO 2026           | Ayuntamiento de Alfafar
            PAGAMENTO PAGOPA COMUNE DI ESTE RETTA NIDO APRILE IUV 0120044 | Comune di Este
            PRLV SEPA FACTURE CANTINE MAIRIE DE CHAZELLES ICS FR00ZZZ000001 | Mairie de Chazelles
            ADDEBITO SDD CORE BAR SPORT TITOLARE GIANNI FERRO         | Bar Sport
            """)
    void theTownsFeesAndServicesPrintedAroundItsNameAreNoPartOfIt(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @Test
    void aDoctorsTitleAfterAPracticeStaysPartOfItsName() {
        assertThat(extractor.extract("ADDEBITO SEPA DD AMBULATORIO VETERINARIO DOTT. CASAGRANDE"))
                .contains("Ambulatorio Veterinario Dott Casagrande");
    }

    @Test
    void aFinnishTownsEarlyEducationBillIsPaidToTheTown() {
        assertThat(extractor.extract("E-LASKU VANTAAN KAUPUNKI VARHAISKASVATUS 04/2026")).contains("Vantaan Kaupunki");
    }

    @Test
    void aLatvianPaymentsKindIsNoPartOfThePayeesName() {
        assertThat(extractor.extract("Maksājums DZINTARKRASTA NAMU APSAIMNIEKOTAJS SIA rēķins 7730")).hasValueSatisfying(
                name -> assertThat(name).startsWith("Dzintarkrasta").doesNotContainIgnoringCase("Maks"));
    }

    @Test
    void aPracticeCutByTheCardsWidthIsWrittenOut() {
        assertThat(extractor.extract("CARD PAYMENT TO ASHGROVE MEDICAL PRAC ON 02 APR"))
                .contains("Ashgrove Medical Practice");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CB BOULANGERIE S. MICHEL 12/04 ANGERS                                         | Boulangerie S Michel
            PAGAMENTO POS 12/04/2026 10.10 CARTA *1234 PRESSO FARMACIA S. ANTONIO VICENZA | Farmacia S Antonio
            """)
    void anSWithADotBeforeTheNextWordIsASaintNotAPossessive(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DEBIT CARD PURCHASE LUCAS CO AUDITOR TOLEDO OH | Lucas County Auditor
            POS DEBIT SHELBY CO CLERK MEMPHIS TN          | Shelby County Clerk
            HAMILTON CO TREASURER DES:TAX PMT ID:5521      | Hamilton County Treasurer
            """)
    void aCountysShortFormBeforeOneOfItsOfficesIsTheCountyNotACompany(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @Test
    void aTradingNameEndingInCoBeforeItsTradeKeepsCo() {
        assertThat(extractor.extract("SQ *HARBOR LIGHT CO CANDLES PORTLAND ME")).hasValueSatisfying(
                name -> assertThat(name).doesNotContain("County"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            COMPRAS TARJ. 5512 PASTISSERIA ROVIRA BADALONA                                   | Pastisseria Rovira
            PAGAMENTO CARTA DI DEBITO 2290 DEL 11/04/26 ORE 19.02 PIZZERIA IL FARO GENOVA     | Pizzeria Il Faro
            PAG. POS 12/04 FERRAMENTA BONACINI REGGIO EMILIA CARTA 1180                       | Ferramenta Bonacini
            Pagamento effettuato su POS MACELLERIA RIVA Carta n. *2231 del 12/04/2026 ore 10:15 | Macelleria Riva
            Pagamento Satispay a BAR CENTRALE Verona                                          | Bar Centrale
            Pagamento Visa Debit LIBRERIA NUOVA FERRARA Carta N.*1120 Data operazione 14/04/2026 | Libreria Nuova
            PRELEVEMENT DE MAAF ASSURANCES REF: MAAF0021 COTISATION AUTO                      | Maaf Assurances
            SEPA-Ueberweisung an Malerbetrieb Kowalczyk GbR Verwendungszweck Rechnung 2026-114 | Malerbetrieb Kowalczyk
            CARTE 14/04/26 LA CAVE DU PORT CB*9921                                            | La Cave du Port
            Kartenzahlung Reisebuero Sonnenschein 2026-04-05 Debitk.7 VISA Debit              | Reisebüro Sonnenschein
            Ueberweisung Tischlerei Holtkamp IBAN DE44 2005 0550 1234 5678 90 SVWZ: Rechnung 88 | Tischlerei Holtkamp
            Compra E.S. Cepsa Triana, Sevilla, Tarjeta 5489XXXXXXXX1122 , Comision 0,00       | Cepsa Triana
            iDEAL payment Stichting Mollie Payments Fietsenwinkel De Ketting Zwolle 0099120   | Fietsenwinkel de Ketting
            """)
    void theBanksOwnWordsAroundAEuroAreaPayeeAreNoPartOfItsName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lastschrift Stadt Dortmund Stadtkasse Hundesteuer 2026                  | Stadt Dortmund
            PRELEVEMENT MAIRIE DE RENNES RESTAURATION SCOLAIRE MARS                 | Mairie de Rennes
            ADDEBITO SEPA DD COMUNE DI PARMA SERVIZI SCOLASTICI APRILE              | Comune di Parma
            Incasso Gemeente Tilburg Aanslag gemeentelijke belastingen 2026         | Gemeente Tilburg
            """)
    void aMunicipalitysNameEndsWithItsTown(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PANIFICIO BERTOLDI DI BERTOLDI MARCO TRENTO    | Panificio Bertoldi
            SALONE LUCIA DI FERRI LUCIA SAS                | Salone Lucia
            FARMACIA CENTRALE DR. MORETTI PAVIA            | Farmacia Centrale
            FARMACIA DEL PORTO DOTT. BIANCHI LIVORNO       | Farmacia del Porto
            """)
    void theOwnerPrintedAfterAnItalianShopIsNoPartOfItsName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @Test
    void anItalianFirmNamedAfterTwoFamiliesKeepsBoth() {
        assertThat(extractor.extract("PAGAMENTO POS CARROZZERIA BIANCHI DI MARCO E FIGLI")).hasValueSatisfying(
                name -> assertThat(name).contains("Marco"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MasterCard Zahlung Blumenhaus Lindner Winterhude Hamburg DE                | Blumenhaus Lindner
            Kartenzahlung Augenoptik Brandl Muenchen-Pasing 2026-04-01 Debitk.3 VISA Debit | Augenoptik Brandl
            COMPRA TARJ. 5402XXXXXXXX1177 CERRAJERIA SOLER S.L.-SANT JOAN D ALACANT     | Cerrajeria Soler
            SQ *MARIGOLD TEA HOUSE JESMOND                                              | Marigold Tea House
            VIS OAKFIELD FLOWERS HARBORNE                                               | Oakfield Flowers
            """)
    void aTownsDistrictPrintedAfterTheNameIsNoPartOfIt(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @Test
    void aCoOperativeFollowedByItsTownKeepsItsName() {
        assertThat(extractor.extract("SPRINGFIELD CO-OP SPRINGFIELD IL")).hasValueSatisfying(
                name -> assertThat(name).startsWith("Springfield Co-Op"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Payment to FERNLEIGH TYRE & EXHAUST     | Fernleigh Tyre & Exhaust
            PORTWAY FLORISTS GLASGOW DEB            | Portway Florists
            ASHDOWN HOCKEY CLUB BBP                 | Ashdown Hockey Club
            WILLOWBANK PRESCHOOL BBP JACK SPRING    | Willowbank Preschool
            Payment to SUMUP *HAYFIELD CHEESE STALL | Hayfield Cheese Stall
            """)
    void nationwidesOpeningAndTheEntryTypeTsbAndBarclaysPrintAfterThePayeeAreNoPartOfIt(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SO KINGSMEAD ROWING CLUB SUBS           | Kingsmead Rowing Club
            ORCHARD VALE TENNIS CLUB , ANNUAL SUBS  | Orchard Vale Tennis Club
            """)
    void aClubsSubscriptionsAfterItsNameAreWhatWasPaidFor(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CARD PAYMENT TO THE SHEPHERDS REST ON 04 APR | The Shepherds Rest
            VIS TRAVELLERS REST KENDAL                   | Travellers Rest
            """)
    void anInnsRestAfterThoseItSheltersIsNoRestaurantCutShort(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bezahlung Karte MC/000005521 TISCHLEREI HOFBAUER\\NIEDERNEUKIRCHEN\\4491 | Tischlerei Hofbauer
            E-LASKU KOSKEN KIRI JUNIORIT RY KAUSIMAKSU 2026                        | Kosken Kiri Juniorit
            MID-CO WATER SUPPLY DES:WATER PMT ID:4410 INDN:JANE ROE CO ID:1234567 WEB | Mid-Co Water Supply
            TILISIIRTO AS OY TAMPEREEN KOIVUKUJA HOITOVASTIKE 04/2026             | As Oy Tampereen Koivukuja
            """)
    void anAustrianCardsAddressAFinnishAssociationsFormAndAHyphenatedCoAreRead(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bezahlung Maestro MC/000002204 POS 0915 K002 14.05. 09:31 HOLZOFENBAECKEREI KRIEGLSTEINER\\\\WELS\\4600 | Holzofenbäckerei Krieglsteiner
            OPERAZIONE POS ORTOFRUTTA CANNIZZARO-SPAMPINATO MESSINA 12/05/2026 CARTA 8810                | Ortofrutta Cannizzaro-Spampinato
            Pagamento con carta HYPE LIBRERIA UBIK COSENZA 11/05/2026                                 | Libreria Ubik
            POS-Zahlung / Pagamento POS 13.05.2026 KONDITOREI PLATTNER-GASSER MERAN/MERANO Karte/Carta 2231 | Konditorei Plattner-Gasser
            """)
    void raiffeisenAustriasMaestroMontesPosHypesAndSouthTyrolsBilingualCardFramingsAreNoPartOfTheName(String raw,
                                                                                                         String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dauerauftrag Immobilienverwaltung Lechner-Stadlmayr OG Miete Mai Top 3                        | Immobilienverwaltung Lechner-Stadlmayr
            Lastschrift Gasversorgung Suedheide GmbH Referenz 20260511-117 Mandat GVS-2210 Einreicher-ID DE12GVS00000044556 Abschlag Gas | Gasversorgung Suedheide
            """)
    void anAustrianPartnershipsFormAndPostbanksReferenceFieldsAreNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kartenzahlung girocard Metzgerei Spaeth-Woehrle//Biberach/DE 2026-05-12T09:14:02 | Metzgerei Späth-Wöhrle
            POS 12,40 AT K1 14.05. 10:22 KONDITOREI GRUENBICHLER WELS 4600                    | Konditorei Grünbichler
            Kartenzahlung girocard Friseursalon Manuela Kuehnle//Aalen/DE 2026-05-13T15:40:11  | Friseursalon Manuela Kühnle
            """)
    void aFamilyNameAfterAGermanTradeWordGetsItsUmlautsBackButFirstNamesKeepTheirVowels(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PAGAMENTO POS 11/05/2026 10.05 CARTA *3301 PRESSO PIADINERIA LA ROTONDA DI MANZONI-RIGHETTI CESENA | Piadineria la Rotonda
            Bezahlung Karte MC/000007712 Hirsch-Apotheke am Markt Mag. pharm. Vogelsberger Steyr 12.05. 09:12 | Hirsch-Apotheke am Markt
            Kartenzahlung girocard Tierklinik Seewinkel Dres. Pfnuer//Traunstein/DE 2026-05-12T16:20:00            | Tierklinik Seewinkel
            """)
    void theOwnerAfterAnItalianShopOrTheTitledOwnerAfterAPharmacyOrClinicIsNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lastschrift Landeshauptstadt Hannover Fachbereich Finanzen Hundesteuer 2026 | Landeshauptstadt Hannover
            Lastschrift Marktgemeinde Sankt Florian bei Linz Kanalgebuehr Q3 2026        | Marktgemeinde Sankt Florian bei Linz
            """)
    void aStateCapitalsOrMarketTownsNameEndsWithItsTownAndKeepsTheTownItIsNamedBy(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            AANKOOP BANCONTACT MET KAART 6703 12XX XXXX X 0918 BAKKERIJ DE ZANDLOPER DEVENTER 14/05 08U12 | Bakkerij de Zandloper
            PAIEMENT AVEC LA CARTE DE DEBIT NUMERO 4871 12XX XXXX 0918 LIBRAIRIE DU PONT VERT SAUMUR 14/05/2026 | Librairie du Pont Vert
            Betaling bij Rijwielhandel Bosman Deventer NL | Rijwielhandel Bosman
            COMPRA ELEC 7710224/03 PAPELARIA ESTRELA ODIVELAS | Papelaria Estrela
            COMPRA CARTAO FLORISTA JARDIM SECRETO | Florista Jardim Secreto
            """)
    void belgianPortugueseAndBunqCardFramingsAndABelfiusMaskedCardAreNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PAIEMENT CB 1405 CHOLET FROMAGERIE DU MAIL CARTE 07710224                  | Fromagerie du Mail
            PAIEMENT CB 1605 LA ROCHE SUR YON BRASSERIE DES HALLES CARTE 07710224      | Brasserie des Halles
            PAIEMENT PSC 1705 SAUMUR ATELIER VELO GIRARDEAU CARTE 07710224             | Atelier Velo Girardeau
            """)
    void creditMutuelsTownBetweenTheDayAndTheShopIsNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            POS Withdrawal RIVERBEND BAGEL CO BOISE ID Card 2210 | Riverbend Bagel Co
            ACH WEB DUKE ENERGY BILL PAYMT 7720391                | Duke Energy
            """)
    void aCreditUnionsPosWithdrawalAndPncsAchWebChannelAreNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DBCRD PUR AP 0918 LAKESHORE CIDER MILL MANITOWOC WI | Lakeshore Cider Mill
            DEBIT CARD PURCH CEDAR BLUFF PIT STOP MACON GA      | Cedar Bluff Pit Stop
            ELECTRONIC DEBIT NASHVILLE ELECTRIC SERVICE         | Nashville Electric Service
            ACH Pull MINNESOTA ENERGY RESOURCES                 | Minnesota Energy Resources
            """)
    void regionalBanksCardAndAchFramingsAreNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BETALING MET KBC-DEBETKAART 21-05 SCHOENMAKERIJ DE LEEST 2300 TURNHOUT | Schoenmakerij de Leest
            BETALING MET CBC-DEBETKAART 22-05 LIBRAIRIE DU PONT 5000 NAMUR          | Librairie du Pont
            VDC-THE COPPER KETTLE CAFE                                             | The Copper Kettle Cafe
            """)
    void kbcsAndCbcsOwnDebitCardAndAibsContactlessFramingAreNoPartOfTheName(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΖΑΧΑΡΟΠΛΑΣΤΕΙΟ ΓΛΥΚΟΣ ΚΟΣΜΟΣ ΜΑΡΟΥΣΙ | Ζαχαροπλαστειο Γλυκος Κοσμος
            ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΒΙΒΛΙΟΠΩΛΕΙΟ ΤΟ ΜΟΛΥΒΙ ΧΑΛΑΝΔΡΙ     | Βιβλιοπωλειο το Μολυβι
            """)
    void aNameInGreekLettersEndsItsWordsInTheFinalSigmaAndLeavesItsAtticTownOut(String raw, String name) {
        assertThat(extractor.extract(raw)).contains(name);
    }
}
