package id.go.kemensos.replika.scale;

/**
 * More of the ministry's technical units (sentra and training centres) beyond the demo's, under the Directorate
 * General of Social Rehabilitation: code, name, city, province. Skipped when a unit with the code exists.
 */
final class MinistryUnits {

    static final String[][] UPTS = {
        {"S-MULYA-JAYA", "Sentra Mulya Jaya", "Jakarta Timur", "DKI Jakarta"},
        {"S-PARAMITA", "Sentra Paramita", "Mataram", "Nusa Tenggara Barat"},
        {"S-GALIH-PAKUAN", "Sentra Galih Pakuan", "Kabupaten Bogor", "Jawa Barat"},
        {"S-ABISEKA", "Sentra Abiseka", "Pekanbaru", "Riau"},
        {"S-DARUSSAADAH", "Sentra Darussa'adah", "Aceh Besar", "Aceh"},
        {"S-BAHAGIA", "Sentra Bahagia", "Medan", "Sumatera Utara"},
        {"S-NAIBONAT", "Sentra Naibonat", "Kabupaten Kupang", "Nusa Tenggara Timur"},
        {"S-GAU-MABAJI", "Sentra Gau Mabaji", "Gowa", "Sulawesi Selatan"},
        {"S-MEOHAI", "Sentra Meohai", "Kendari", "Sulawesi Tenggara"},
        {"S-TUMOU-TOU", "Sentra Tumou Tou", "Manado", "Sulawesi Utara"},
        {"S-SATRIA", "Sentra Satria", "Baturraden", "Jawa Tengah"},
        {"S-CIUNG-WANARA", "Sentra Ciung Wanara", "Kabupaten Bogor", "Jawa Barat"},
        {"S-WIRAJAYA", "Sentra Wirajaya", "Makassar", "Sulawesi Selatan"},
        {"S-BUDHI-DHARMA", "Sentra Budhi Dharma", "Bekasi", "Jawa Barat"},
        {"S-MAHATMIYA", "Sentra Mahatmiya", "Tabanan", "Bali"},
        {"BBPPKS-PADANG", "Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Padang", "Padang",
            "Sumatera Barat"},
        {"BBPPKS-BANDUNG", "Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Bandung", "Lembang",
            "Jawa Barat"},
        {"BBPPKS-YOGYAKARTA", "Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Yogyakarta", "Yogyakarta",
            "Daerah Istimewa Yogyakarta"},
        {"BBPPKS-BANJARMASIN", "Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Banjarmasin",
            "Banjarmasin", "Kalimantan Selatan"},
        {"BBPPKS-MAKASSAR", "Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Makassar", "Makassar",
            "Sulawesi Selatan"},
        {"BBPPKS-JAYAPURA", "Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Jayapura", "Jayapura",
            "Papua"},
    };

    /** Other ministries and agencies that take part in replication: code, name, city, province. */
    static final String[][] MINISTRIES = {
        {"KEMENKES", "Kementerian Kesehatan", "Jakarta Selatan", "DKI Jakarta"},
        {"KEMENDAGRI", "Kementerian Dalam Negeri", "Jakarta Pusat", "DKI Jakarta"},
        {"KEMENDIKDASMEN", "Kementerian Pendidikan Dasar dan Menengah", "Jakarta Pusat", "DKI Jakarta"},
        {"KEMENDES", "Kementerian Desa dan Pembangunan Daerah Tertinggal", "Jakarta Selatan", "DKI Jakarta"},
        {"KEMENPPPA", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak", "Jakarta Pusat", "DKI Jakarta"},
        {"KEMNAKER", "Kementerian Ketenagakerjaan", "Jakarta Selatan", "DKI Jakarta"},
        {"KEMENAG", "Kementerian Agama", "Jakarta Pusat", "DKI Jakarta"},
        {"KEMENKUMHAM", "Kementerian Hukum", "Jakarta Selatan", "DKI Jakarta"},
        {"BKKBN", "Kementerian Kependudukan dan Pembangunan Keluarga/BKKBN", "Jakarta Timur", "DKI Jakarta"},
        {"BNPB", "Badan Nasional Penanggulangan Bencana", "Jakarta Timur", "DKI Jakarta"},
        {"BNN", "Badan Narkotika Nasional", "Jakarta Timur", "DKI Jakarta"},
        {"KEMENKOPMK", "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan", "Jakarta Pusat",
            "DKI Jakarta"},
    };

    private MinistryUnits() {
    }
}
