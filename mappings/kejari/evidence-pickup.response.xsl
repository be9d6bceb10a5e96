<?xml version="1.0" encoding="UTF-8"?>
<!-- Kejari booking answer (konsultasi-hukum, tilang/barang-bukti) -> outcome + canonical application
     result (mappings/canonical/application-result.schema.json); the slot goes into the message.
     kode: 00 registered; 10 unknown ticket (NOT_FOUND); 11-16 and 21 refusals on the merits
     (REJECTED, final); 41 partner account refused (AUTH_FAILED); anything else AGENCY_ERROR (30-32
     are the hub's malformed requests, 94 an id reused, 99 Kejari's own failure: retried). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="urn:mpp:kejari" exclude-result-prefixes="#all">
  <xsl:output method="json" indent="no"/>

  <xsl:function name="f:day" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:sequence select="substring($iso, 9, 2) || '-' || substring($iso, 6, 2) || '-' || substring($iso, 1, 4)"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="r" select="respon"/>
    <xsl:variable name="kode" select="string($r/kode)"/>
    <xsl:variable name="pesan" select="string($r/pesan)"/>
    <xsl:variable name="d" select="$r/data"/>
    <xsl:choose>
      <xsl:when test="empty($r/kode)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without kode'}"/>
      </xsl:when>
      <xsl:when test="$kode = '00' and exists($d/nomor_registrasi) and exists($d/jadwal/tanggal)">
        <xsl:variable name="j" select="$d/jadwal"/>
        <xsl:sequence select="map{
          'outcome': 'OK',
          'agencyReference': string($d/nomor_registrasi),
          'result': map{
            'documentType': string($d/jenis_layanan),
            'registrationNumber': string($d/nomor_registrasi),
            'issuedOn': string($d/tanggal_registrasi),
            'message': 'Jadwal ' || f:day(string($j/tanggal)) || ' pukul ' || string($j/jam_mulai) || '-'
                || string($j/jam_selesai) || ' WIB, ' || string($j/tempat)
          }
        }"/>
      </xsl:when>
      <xsl:when test="$kode = '10'">
        <xsl:sequence select="map{'outcome': 'NOT_FOUND', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = ('11', '12', '13', '14', '15', '16', '21')">
        <xsl:sequence select="map{'outcome': 'REJECTED', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = '41'">
        <xsl:sequence select="map{'outcome': 'AUTH_FAILED', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': $kode || ' ' || $pesan}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
