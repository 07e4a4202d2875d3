package id.go.kemensos.replika.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * Indonesia's 38 provinces with their regencies (kabupaten) and cities (kota), by BPS province code: the social
 * offices (Dinas Sosial) that the generated data set lets replicate innovations.
 */
final class Regions {

    record Province(String code, String name, List<String> regencies, List<String> cities) {
    }

    /** code | province | regencies | cities. */
    private static final String DATA = """
            11|Aceh|Aceh Selatan,Aceh Tenggara,Aceh Timur,Aceh Tengah,Aceh Barat,Aceh Besar,Pidie,Aceh Utara,Simeulue,Aceh Singkil,Bireuen,Aceh Barat Daya,Gayo Lues,Aceh Jaya,Nagan Raya,Aceh Tamiang,Bener Meriah,Pidie Jaya|Banda Aceh,Sabang,Lhokseumawe,Langsa,Subulussalam
            12|Sumatera Utara|Tapanuli Tengah,Tapanuli Utara,Tapanuli Selatan,Nias,Langkat,Karo,Deli Serdang,Simalungun,Asahan,Labuhanbatu,Dairi,Toba,Mandailing Natal,Nias Selatan,Pakpak Bharat,Humbang Hasundutan,Samosir,Serdang Bedagai,Batu Bara,Padang Lawas Utara,Padang Lawas,Labuhanbatu Selatan,Labuhanbatu Utara,Nias Utara,Nias Barat|Medan,Pematangsiantar,Sibolga,Tanjungbalai,Binjai,Tebing Tinggi,Padangsidimpuan,Gunungsitoli
            13|Sumatera Barat|Pesisir Selatan,Solok,Sijunjung,Tanah Datar,Padang Pariaman,Agam,Lima Puluh Kota,Pasaman,Kepulauan Mentawai,Dharmasraya,Solok Selatan,Pasaman Barat|Padang,Solok,Sawahlunto,Padang Panjang,Bukittinggi,Payakumbuh,Pariaman
            14|Riau|Kampar,Indragiri Hulu,Bengkalis,Indragiri Hilir,Pelalawan,Rokan Hulu,Rokan Hilir,Siak,Kuantan Singingi,Kepulauan Meranti|Pekanbaru,Dumai
            15|Jambi|Kerinci,Merangin,Sarolangun,Batanghari,Muaro Jambi,Tanjung Jabung Barat,Tanjung Jabung Timur,Bungo,Tebo|Jambi,Sungai Penuh
            16|Sumatera Selatan|Ogan Komering Ulu,Ogan Komering Ilir,Muara Enim,Lahat,Musi Rawas,Musi Banyuasin,Banyuasin,Ogan Komering Ulu Timur,Ogan Komering Ulu Selatan,Ogan Ilir,Empat Lawang,Penukal Abab Lematang Ilir,Musi Rawas Utara|Palembang,Pagar Alam,Lubuklinggau,Prabumulih
            17|Bengkulu|Bengkulu Selatan,Rejang Lebong,Bengkulu Utara,Kaur,Seluma,Mukomuko,Lebong,Kepahiang,Bengkulu Tengah|Bengkulu
            18|Lampung|Lampung Selatan,Lampung Tengah,Lampung Utara,Lampung Barat,Tulang Bawang,Tanggamus,Lampung Timur,Way Kanan,Pesawaran,Pringsewu,Mesuji,Tulang Bawang Barat,Pesisir Barat|Bandar Lampung,Metro
            19|Kepulauan Bangka Belitung|Bangka,Belitung,Bangka Selatan,Bangka Tengah,Bangka Barat,Belitung Timur|Pangkalpinang
            21|Kepulauan Riau|Bintan,Karimun,Natuna,Lingga,Kepulauan Anambas|Batam,Tanjungpinang
            31|DKI Jakarta|Kepulauan Seribu|Jakarta Pusat,Jakarta Utara,Jakarta Barat,Jakarta Selatan,Jakarta Timur
            32|Jawa Barat|Bogor,Sukabumi,Cianjur,Bandung,Garut,Tasikmalaya,Ciamis,Kuningan,Cirebon,Majalengka,Sumedang,Indramayu,Subang,Purwakarta,Karawang,Bekasi,Bandung Barat,Pangandaran|Bogor,Sukabumi,Bandung,Cirebon,Bekasi,Depok,Cimahi,Tasikmalaya,Banjar
            33|Jawa Tengah|Cilacap,Banyumas,Purbalingga,Banjarnegara,Kebumen,Purworejo,Wonosobo,Magelang,Boyolali,Klaten,Sukoharjo,Wonogiri,Karanganyar,Sragen,Grobogan,Blora,Rembang,Pati,Kudus,Jepara,Demak,Semarang,Temanggung,Kendal,Batang,Pekalongan,Pemalang,Tegal,Brebes|Magelang,Surakarta,Salatiga,Semarang,Pekalongan,Tegal
            34|Daerah Istimewa Yogyakarta|Kulon Progo,Bantul,Gunungkidul,Sleman|Yogyakarta
            35|Jawa Timur|Pacitan,Ponorogo,Trenggalek,Tulungagung,Blitar,Kediri,Malang,Lumajang,Jember,Banyuwangi,Bondowoso,Situbondo,Probolinggo,Pasuruan,Sidoarjo,Mojokerto,Jombang,Nganjuk,Madiun,Magetan,Ngawi,Bojonegoro,Tuban,Lamongan,Gresik,Bangkalan,Sampang,Pamekasan,Sumenep|Kediri,Blitar,Malang,Probolinggo,Pasuruan,Mojokerto,Madiun,Surabaya,Batu
            36|Banten|Pandeglang,Lebak,Tangerang,Serang|Tangerang,Cilegon,Serang,Tangerang Selatan
            51|Bali|Jembrana,Tabanan,Badung,Gianyar,Klungkung,Bangli,Karangasem,Buleleng|Denpasar
            52|Nusa Tenggara Barat|Lombok Barat,Lombok Tengah,Lombok Timur,Sumbawa,Dompu,Bima,Sumbawa Barat,Lombok Utara|Mataram,Bima
            53|Nusa Tenggara Timur|Sumba Barat,Sumba Timur,Kupang,Timor Tengah Selatan,Timor Tengah Utara,Belu,Alor,Lembata,Flores Timur,Sikka,Ende,Ngada,Manggarai,Rote Ndao,Manggarai Barat,Sumba Tengah,Sumba Barat Daya,Nagekeo,Manggarai Timur,Sabu Raijua,Malaka|Kupang
            61|Kalimantan Barat|Sambas,Bengkayang,Landak,Mempawah,Sanggau,Ketapang,Sintang,Kapuas Hulu,Sekadau,Melawi,Kayong Utara,Kubu Raya|Pontianak,Singkawang
            62|Kalimantan Tengah|Kotawaringin Barat,Kotawaringin Timur,Kapuas,Barito Selatan,Barito Utara,Sukamara,Lamandau,Seruyan,Katingan,Pulang Pisau,Gunung Mas,Barito Timur,Murung Raya|Palangka Raya
            63|Kalimantan Selatan|Tanah Laut,Kotabaru,Banjar,Barito Kuala,Tapin,Hulu Sungai Selatan,Hulu Sungai Tengah,Hulu Sungai Utara,Tabalong,Tanah Bumbu,Balangan|Banjarmasin,Banjarbaru
            64|Kalimantan Timur|Paser,Kutai Barat,Kutai Kartanegara,Kutai Timur,Berau,Penajam Paser Utara,Mahakam Ulu|Balikpapan,Samarinda,Bontang
            65|Kalimantan Utara|Malinau,Bulungan,Tana Tidung,Nunukan|Tarakan
            71|Sulawesi Utara|Bolaang Mongondow,Minahasa,Kepulauan Sangihe,Kepulauan Talaud,Minahasa Selatan,Minahasa Utara,Bolaang Mongondow Utara,Kepulauan Siau Tagulandang Biaro,Minahasa Tenggara,Bolaang Mongondow Selatan,Bolaang Mongondow Timur|Manado,Bitung,Tomohon,Kotamobagu
            72|Sulawesi Tengah|Banggai Kepulauan,Banggai,Morowali,Poso,Donggala,Tolitoli,Buol,Parigi Moutong,Tojo Una-Una,Sigi,Banggai Laut,Morowali Utara|Palu
            73|Sulawesi Selatan|Kepulauan Selayar,Bulukumba,Bantaeng,Jeneponto,Takalar,Gowa,Sinjai,Maros,Pangkajene dan Kepulauan,Barru,Bone,Soppeng,Wajo,Sidenreng Rappang,Pinrang,Enrekang,Luwu,Tana Toraja,Luwu Utara,Luwu Timur,Toraja Utara|Makassar,Parepare,Palopo
            74|Sulawesi Tenggara|Buton,Muna,Konawe,Kolaka,Konawe Selatan,Bombana,Wakatobi,Kolaka Utara,Buton Utara,Konawe Utara,Kolaka Timur,Konawe Kepulauan,Muna Barat,Buton Tengah,Buton Selatan|Kendari,Baubau
            75|Gorontalo|Boalemo,Gorontalo,Pohuwato,Bone Bolango,Gorontalo Utara|Gorontalo
            76|Sulawesi Barat|Majene,Polewali Mandar,Mamasa,Mamuju,Pasangkayu,Mamuju Tengah|
            81|Maluku|Kepulauan Tanimbar,Maluku Tenggara,Maluku Tengah,Buru,Kepulauan Aru,Seram Bagian Barat,Seram Bagian Timur,Maluku Barat Daya,Buru Selatan|Ambon,Tual
            82|Maluku Utara|Halmahera Barat,Halmahera Tengah,Kepulauan Sula,Halmahera Selatan,Halmahera Utara,Halmahera Timur,Pulau Morotai,Pulau Taliabu|Ternate,Tidore Kepulauan
            91|Papua|Jayapura,Kepulauan Yapen,Biak Numfor,Sarmi,Keerom,Waropen,Supiori,Mamberamo Raya|Jayapura
            92|Papua Barat|Manokwari,Fakfak,Teluk Bintuni,Teluk Wondama,Kaimana,Pegunungan Arfak,Manokwari Selatan|
            93|Papua Selatan|Merauke,Boven Digoel,Mappi,Asmat|
            94|Papua Tengah|Nabire,Puncak Jaya,Paniai,Mimika,Puncak,Dogiyai,Intan Jaya,Deiyai|
            95|Papua Pegunungan|Jayawijaya,Pegunungan Bintang,Yahukimo,Tolikara,Mamberamo Tengah,Yalimo,Lanny Jaya,Nduga|
            96|Papua Barat Daya|Sorong,Sorong Selatan,Raja Ampat,Tambrauw,Maybrat|Sorong
            """;

    static final List<Province> PROVINCES = parse();

    private Regions() {
    }

    private static List<Province> parse() {
        List<Province> provinces = new ArrayList<>();
        for (String line : DATA.strip().split("\n")) {
            String[] parts = line.strip().split("\\|", -1);
            provinces.add(new Province(parts[0], parts[1], split(parts[2]), split(parts[3])));
        }
        return List.copyOf(provinces);
    }

    private static List<String> split(String names) {
        return names.isBlank() ? List.of() : List.of(names.split(","));
    }
}
