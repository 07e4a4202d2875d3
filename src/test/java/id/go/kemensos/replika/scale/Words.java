package id.go.kemensos.replika.scale;

import java.util.List;
import java.util.SplittableRandom;

/** Word lists for names and texts. Every person and company made from them is fictional. */
final class Words {

    static final List<String> GIVEN = List.of("Agus", "Sri", "Budi", "Siti", "Dewi", "Eko", "Rina", "Joko", "Wahyu",
            "Nurul", "Andi", "Yuliana", "Heru", "Retno", "Dimas", "Endang", "Fajar", "Neneng", "Asep", "Ratna",
            "Teguh", "Mulyani", "Hendri", "Suparno", "Putu", "Made", "Ketut", "Nyoman", "Ahmad", "Fitri", "Rahmat",
            "Yusuf", "Maria", "Yohanes", "Lestari", "Bambang", "Indah", "Slamet", "Wulan", "Taufik");
    static final List<String> FAMILY = List.of("Prasetyo", "Wahyuningsih", "Santoso", "Kusumastuti", "Hidayat",
            "Nugroho", "Marlina", "Susanto", "Kurniawan", "Anggraeni", "Supriatna", "Hermawan", "Rohaeti",
            "Ramadhan", "Saputra", "Rahayu", "Wulandari", "Siregar", "Nasution", "Lubis", "Pardede", "Sitompul",
            "Wijaya", "Setiawan", "Purnomo", "Gunawan", "Suryani", "Harahap", "Manurung", "Tanjung", "Sembiring",
            "Simanjuntak", "Pattiasina", "Lumban Gaol", "Mahendra", "Astuti", "Utami", "Firmansyah");
    static final List<String> PROGRAMME = List.of("Layanan Keliling", "Sekolah Lapang", "Rumah Singgah",
            "Kelas Keterampilan", "Pendampingan Keluarga", "Aplikasi Pengaduan", "Bank Sampah", "Posyandu",
            "Kampung Ramah", "Pusat Layanan Terpadu", "Gerakan Bersama", "Dapur Umum", "Kios Karya",
            "Klinik Konseling", "Kader Peduli", "Jemput Bola", "Griya Belajar", "Balai Kreatif", "Sahabat",
            "Ruang Aman", "Tabungan Sosial", "Koperasi Mandiri", "Pelatihan Vokasi", "Data Terpadu",
            "Layanan Satu Pintu", "Pojok Baca", "Pasar Inklusif", "Kebun Gizi", "Beasiswa Kampung", "Telepon Sahabat",
            "Layanan Daring", "Pos Pengaduan", "Mobil Sehat", "Rumah Produksi", "Asrama Transit", "Kartu Layanan",
            "Festival Karya", "Sentra Kuliner", "Jaringan Relawan", "Rumah Pemulihan");
    static final List<String> TARGET = List.of("Penyandang Disabilitas Netra", "Penyandang Disabilitas Fisik",
            "Penyandang Disabilitas Intelektual", "Penyandang Disabilitas Mental", "Penyandang Disabilitas Rungu",
            "Lanjut Usia Terlantar", "Lansia Tunggal", "Anak Jalanan", "Anak Berhadapan dengan Hukum",
            "Anak Yatim Piatu", "Korban Bencana", "Korban Kekerasan", "Perempuan Rawan Sosial Ekonomi",
            "Keluarga Miskin", "Eks Gelandangan dan Pengemis", "Korban NAPZA", "Pekerja Migran Bermasalah",
            "Komunitas Adat Terpencil", "Penerima PKH", "Remaja Putus Sekolah", "Keluarga Rentan", "Balita Gizi Kurang",
            "Pemulung", "Nelayan Miskin", "Petani Gurem", "Pedagang Kecil", "Penyintas Stroke", "Orang dengan HIV",
            "Korban Perdagangan Orang", "Anak dengan Disabilitas", "Kader Desa", "Pendamping Sosial", "Karang Taruna",
            "Ibu Hamil", "Penghuni Panti", "Warga Pesisir", "Warga Perbatasan", "Pengungsi", "Eks Narapidana",
            "Masyarakat Desa", "Tuna Wisma", "Pekerja Sosial Masyarakat", "Lansia Potensial", "Anak Terlantar",
            "Penyandang Kusta", "Keluarga Disabilitas", "Relawan Bencana", "Perempuan Kepala Keluarga",
            "Pemuda Desa", "Siswa Miskin");
    static final List<String> MANNER = List.of("Berbasis Desa", "Berbasis Keluarga", "Terpadu", "Digital",
            "Berkelanjutan", "Berbasis Komunitas", "Inklusif", "Mandiri", "Keliling", "Satu Atap", "Gotong Royong",
            "Tanggap Cepat", "Berbasis Sekolah", "Ramah Anak", "Hijau", "Sehat", "Produktif", "Bersertifikat",
            "Kolaboratif", "Terintegrasi", "Partisipatif", "Berbasis Masjid", "Berbasis Gereja", "Lintas Sektor",
            "Tanpa Kertas", "Berbasis Data", "Swadaya", "Kreatif", "Bermartabat", "Tangguh", "Peduli", "Cerdas",
            "Bersahabat", "Berdaya", "Setara", "Terbuka", "Rukun", "Sejahtera", "Aman", "Maju", "Lestari", "Harmonis",
            "Bahagia", "Sigap", "Amanah", "Prima", "Unggul", "Paripurna", "Sentosa", "Makmur");
    static final List<String> CATEGORY = List.of("Pemberdayaan Ekonomi", "Disabilitas", "Layanan Digital",
            "Pelatihan Vokasional", "Perlindungan Sosial", "Lanjut Usia", "Perlindungan Anak", "Penanganan Bencana",
            "Rehabilitasi Sosial", "Tata Kelola");
    static final List<String> SWP_FIRST = List.of("Mekar", "Sido", "Guyub", "Sekar", "Sumber", "Bina", "Karya",
            "Tunas", "Lestari", "Rahayu", "Maju", "Cahaya", "Berkah", "Harapan", "Sejahtera", "Mandiri", "Kembang",
            "Handarbeni", "Serumpun", "Sauyunan", "Tri", "Dharma", "Sinar", "Puspa", "Wijaya", "Ngudi", "Gemah",
            "Bumi", "Kencana", "Sari", "Rukun", "Makmur", "Tirta", "Giri", "Jaya", "Asih", "Budi", "Citra", "Dewi",
            "Eka", "Gita", "Indah", "Kasih", "Langit", "Murni", "Nusa", "Pelangi", "Ratu", "Surya", "Wangi");
    static final List<String> SWP_SECOND = List.of("Abadi", "Agung", "Asri", "Bakti", "Bersama", "Bersinar",
            "Binangun", "Budaya", "Lestari", "Luhur", "Makmur", "Mulya", "Mulyo", "Rahayu", "Rejeki", "Santosa",
            "Sari", "Sehati", "Sejati", "Sentosa", "Utama", "Wening", "Widodo", "Manunggal", "Barokah", "Kinasih",
            "Mekar", "Arum", "Kencana", "Permai", "Raharja", "Sakti", "Sembada", "Tentrem", "Waluya", "Lumintu",
            "Jaya", "Makarya", "Pratama", "Mandiri", "Prima", "Kreasi", "Rukun", "Setia", "Dharma", "Harmoni",
            "Bahari", "Cemerlang", "Gemilang", "Nusantara");
    static final List<String> PRODUCTS = List.of("Batik ciprat", "Keset kain perca", "Sandal hotel",
            "Anyaman bambu", "Anyaman pandan", "Tas kain", "Telur asin", "Sabun cuci cair", "Kain jumputan",
            "Kerajinan tempurung kelapa", "Keripik singkong", "Gantungan kunci", "Lap dapur", "Sapu ijuk",
            "Taplak meja", "Masker kain", "Tempat tisu", "Kue kering", "Jamu instan", "Tenun ikat");
    static final List<String> COMPANY_FIRST = List.of("Nusantara", "Samudra", "Bumi", "Cahaya", "Mitra", "Sinar",
            "Tirta", "Graha", "Karya", "Bintang", "Pelita", "Arta", "Sentosa", "Mega", "Surya", "Bahtera",
            "Cipta", "Daya", "Griya", "Kencana");
    static final List<String> COMPANY_SECOND = List.of("Abadi", "Makmur", "Sejahtera", "Persada", "Utama",
            "Lestari", "Mandiri", "Perkasa", "Jaya", "Gemilang", "Sentosa", "Raya", "Pratama", "Agung", "Semesta",
            "Nusa", "Kreasi", "Bersama", "Indah", "Prima");
    static final List<String> SECTOR = List.of("Energi", "Perbankan", "Telekomunikasi", "Pertambangan",
            "Perkebunan", "Manufaktur", "Ritel", "Farmasi", "Konstruksi", "Transportasi", "Makanan dan Minuman",
            "Asuransi");
    static final List<String> RETURN_REASONS = List.of(
            "Surat pernyataan minat belum ditandatangani kepala unit.",
            "Rencana aksi belum memuat jadwal dan anggaran.",
            "Lokasi pelaksanaan dan calon pendamping belum ditetapkan.",
            "Adaptasi terhadap kebutuhan penerima manfaat setempat perlu dijelaskan.");
    static final List<String> DISCONTINUE_REASONS = List.of(
            "Anggaran unit tidak tersedia pada tahun berjalan.",
            "Pendamping yang dilatih dimutasi dan belum ada pengganti.",
            "Mitra pelaksana menarik diri sebelum perjanjian kerja sama ditandatangani.",
            "Prioritas pemerintah daerah berubah setelah pergantian pimpinan.",
            "Penerima manfaat sasaran sudah dilayani program lain.");
    static final List<String> APPROVE_COMMENTS = List.of(
            "Disetujui. Segera susun PKS dengan unit asal dan SK tim replikasi.",
            "Disetujui dengan catatan agar laporan triwulan dikirim tepat waktu.",
            "Disetujui; koordinasikan jadwal pelatihan awal dengan unit asal.");
    static final List<String> OUTPUTS = List.of(
            "Tim replikasi dibentuk dan pelatihan awal pendamping selesai.",
            "Layanan mulai berjalan di lokasi pertama dengan pendampingan unit asal.",
            "Jumlah penerima manfaat bertambah dan jadwal layanan menjadi rutin.",
            "Prosedur kerja disusun dan dipakai oleh seluruh petugas.",
            "Layanan diperluas ke lokasi kedua; pencatatan bulanan berjalan.",
            "Kegiatan masuk rencana kerja dan anggaran unit tahun berikutnya.");
    static final List<String> ISSUES = List.of(
            "Musim hujan menghambat kunjungan lapangan.",
            "Sebagian petugas terlatih pindah tugas.",
            "Pencairan anggaran terlambat.",
            "Jarak lokasi layanan jauh dari permukiman penerima manfaat.");
    static final List<String> RECOMMENDATIONS = List.of(
            "Layak dilembagakan; pertahankan pendampingan dan pencatatan bulanan.",
            "Lanjutkan ke pelembagaan setelah SOP ditetapkan kepala unit.",
            "Perlu dipastikan pendanaan setelah masa pendampingan berakhir.",
            "Mudah direplikasi ke unit lain; dokumentasikan praktik baiknya.");

    private Words() {
    }

    static String pick(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    static String person(SplittableRandom random) {
        return pick(random, GIVEN) + " " + pick(random, FAMILY);
    }

    static String people(SplittableRandom random, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < count; i++) {
            names.append(i == 0 ? "" : ", ").append(person(random));
        }
        return names.toString();
    }

    /** The {@code index}-th combination of the lists (mixed radix), so distinct indexes give distinct texts. */
    static String combination(long index, List<List<String>> lists) {
        StringBuilder text = new StringBuilder();
        long rest = index;
        for (List<String> list : lists) {
            text.append(text.isEmpty() ? "" : " ").append(list.get((int) (rest % list.size())));
            rest /= list.size();
        }
        if (rest > 0) {
            text.append(' ').append(rest + 1);
        }
        return text.toString();
    }
}
