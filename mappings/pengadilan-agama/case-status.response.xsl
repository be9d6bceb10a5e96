<?xml version="1.0" encoding="UTF-8"?>
<!-- Pengadilan Agama paged answer -> outcome + canonical status (mappings/canonical/status.schema.json).
     Unwraps <hasil><meta>..</meta><data><item>..</item></data></hasil>: kode 200 with total_data 0
     (or no item) is NOT_FOUND; with items, the first item is the case: status_perkara PROSES is
     IN_PROGRESS, PUTUS and BHT are DONE, anything else AGENCY_ERROR. kode 403 (not a party) and 451
     (NIK unknown) are REJECTED; 401 AUTH_FAILED; any other kode AGENCY_ERROR. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="urn:mpp:pengadilan-agama" exclude-result-prefixes="#all">
  <xsl:output method="json" indent="no"/>

  <xsl:function name="f:day" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:sequence select="substring($iso, 9, 2) || '-' || substring($iso, 6, 2) || '-' || substring($iso, 1, 4)"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="h" select="hasil"/>
    <xsl:variable name="kode" select="string($h/kode)"/>
    <xsl:variable name="ket" select="string($h/keterangan)"/>
    <xsl:variable name="p" select="($h/data/item)[1]"/>
    <xsl:variable name="state" select="string($p/status_perkara)"/>
    <xsl:choose>
      <xsl:when test="empty($h/kode)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without kode'}"/>
      </xsl:when>
      <xsl:when test="$kode = '200' and (string($h/meta/total_data) = '0' or empty($p))">
        <xsl:sequence select="map{'outcome': 'NOT_FOUND', 'reason': $ket}"/>
      </xsl:when>
      <xsl:when test="$kode = '200' and $state = ('PROSES', 'PUTUS', 'BHT')">
        <xsl:variable name="next" select="$p/sidang_berikutnya"/>
        <xsl:sequence select="map{
          'outcome': 'OK',
          'result': map{
            'status': if ($state = 'PROSES') then 'IN_PROGRESS' else 'DONE',
            'agencyStatus': $state || ': ' || string($p/tahapan_terakhir),
            'reference': string($p/nomor_perkara),
            'updatedAt': string($p/tanggal_tahapan),
            'detail': string-join((
                string($p/klasifikasi) || ' (' || lower-case(string($p/jenis_perkara)) || '), didaftarkan '
                    || f:day(string($p/tanggal_pendaftaran)),
                $p/tanggal_putusan ! ('diputus ' || f:day(string(.))),
                $next ! ('sidang berikutnya ' || f:day(string(tanggal)) || ' pukul ' || string(jam) || ' WIB, agenda '
                    || lower-case(string(agenda)))), '; ')
          }
        }"/>
      </xsl:when>
      <xsl:when test="$kode = ('403', '451')">
        <xsl:sequence select="map{'outcome': 'REJECTED', 'reason': $ket}"/>
      </xsl:when>
      <xsl:when test="$kode = '401'">
        <xsl:sequence select="map{'outcome': 'AUTH_FAILED', 'reason': $ket}"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': $kode || ' ' || $ket}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
