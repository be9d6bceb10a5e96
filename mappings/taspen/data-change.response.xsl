<?xml version="1.0" encoding="UTF-8"?>
<!-- Taspen perubahan-data answer -> outcome + canonical application result. kode 00 registered
     (a new paying office pays from berlakuMulai); 14 unknown NOTAS (NOT_FOUND); 15, 31 and 33
     (bank not a paying partner) refusals on the merits (REJECTED); 41 API key (AUTH_FAILED);
     anything else AGENCY_ERROR. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="urn:mpp:taspen" exclude-result-prefixes="#all">
  <xsl:output method="json" indent="no"/>

  <xsl:function name="f:iso" as="xs:string">
    <xsl:param name="d" as="xs:string"/>
    <xsl:sequence select="substring($d, 7, 4) || '-' || substring($d, 4, 2) || '-' || substring($d, 1, 2)"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="r" select="respon"/>
    <xsl:variable name="kode" select="string($r/kode)"/>
    <xsl:variable name="pesan" select="string($r/pesan)"/>
    <xsl:variable name="p" select="$r/perubahan"/>
    <xsl:choose>
      <xsl:when test="empty($r/kode)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without kode'}"/>
      </xsl:when>
      <xsl:when test="$kode = '00' and exists($p/noPermohonan)">
        <xsl:sequence select="map{
          'outcome': 'OK',
          'agencyReference': string($p/noPermohonan),
          'result': map{
            'documentType': 'PERUBAHAN_DATA_PESERTA_TASPEN',
            'registrationNumber': string($p/noPermohonan),
            'issuedOn': f:iso(string($p/tanggal)),
            'message': $pesan || ' (' || string($p/statusPermohonan) || '): ' || string($p/dataDiubah)
                || ', berlaku mulai ' || f:iso(string($p/berlakuMulai))
          }
        }"/>
      </xsl:when>
      <xsl:when test="$kode = '14'">
        <xsl:sequence select="map{'outcome': 'NOT_FOUND', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = ('15', '31', '33')">
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
