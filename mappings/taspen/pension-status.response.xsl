<?xml version="1.0" encoding="UTF-8"?>
<!-- Taspen <respon> -> outcome + canonical status (mappings/canonical/status.schema.json). Dates
     come as dd/MM/yyyy. kode: 00 found; 14 participant not found (NOT_FOUND); 15 NOTAS not the
     NIK's (REJECTED); 41 API key (AUTH_FAILED); 12/13 a malformed request and anything else
     AGENCY_ERROR. statusPensiun AKTIF, DITANGGUHKAN (authentication missed), BERHENTI. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="urn:mpp:taspen" exclude-result-prefixes="#all">
  <xsl:output method="json" indent="no"/>

  <xsl:function name="f:iso" as="xs:string">
    <xsl:param name="d" as="xs:string"/>
    <xsl:sequence select="substring($d, 7, 4) || '-' || substring($d, 4, 2) || '-' || substring($d, 1, 2)"/>
  </xsl:function>

  <xsl:variable name="states" select="map{'AKTIF': 'ACTIVE', 'DITANGGUHKAN': 'SUSPENDED', 'BERHENTI': 'STOPPED'}"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="respon"/>
    <xsl:variable name="kode" select="string($r/kode)"/>
    <xsl:variable name="pesan" select="string($r/pesan)"/>
    <xsl:variable name="p" select="$r/peserta"/>
    <xsl:choose>
      <xsl:when test="empty($r/kode)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without kode'}"/>
      </xsl:when>
      <xsl:when test="$kode = '00' and exists($p/notas)">
        <xsl:variable name="agencyStatus" select="string($p/statusPensiun)"/>
        <xsl:variable name="paid" select="string($p/pembayaranTerakhir)"/>
        <xsl:variable name="detail" select="string($p/jenisPeserta) || ' TMT ' || f:iso(string($p/tmtPensiun))
            || ', dibayar melalui ' || string($p/kantorBayar/nama)
            || (if (normalize-space($p/kantorBayar/noRekening)) then ' rekening ' || string($p/kantorBayar/noRekening) else '')
            || '; otentikasi berikutnya ' || f:iso(string($p/otentikasi/berikutnya))
            || '; THT ' || lower-case(string($p/tht/status))
            || (if (normalize-space($p/tht/tanggalBayar)) then ' ' || f:iso(string($p/tht/tanggalBayar)) else '')"/>
        <xsl:sequence select="map{
          'outcome': 'OK',
          'result': map:merge((
            map{
              'status': ($states($agencyStatus), 'UNKNOWN')[1],
              'agencyStatus': $agencyStatus,
              'reference': string($p/notas),
              'amount': xs:integer($p/penghasilanPensiun),
              'detail': $detail
            },
            if ($paid) then map{'updatedAt': f:iso($paid)} else ()))
        }" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
      </xsl:when>
      <xsl:when test="$kode = '14'">
        <xsl:sequence select="map{'outcome': 'NOT_FOUND', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = '15'">
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
