<?xml version="1.0" encoding="UTF-8"?>
<!-- Pengadilan Agama Posbakum answer -> outcome + canonical application result
     (mappings/canonical/application-result.schema.json). Unwraps the paged <hasil>: kode 200 with
     one item is the booking (queue number, session day and hours, in the message); kode 200 without
     an item is an AGENCY_ERROR (a booking always answers one). 451 NIK unknown REJECTED; 401
     AUTH_FAILED; 409 reference reused, 422 and anything else AGENCY_ERROR. -->
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
    <xsl:variable name="b" select="($h/data/item)[1]"/>
    <xsl:choose>
      <xsl:when test="empty($h/kode)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without kode'}"/>
      </xsl:when>
      <xsl:when test="$kode = '200' and exists($b/nomor_antrian)">
        <xsl:sequence select="map{
          'outcome': 'OK',
          'agencyReference': string($b/nomor_antrian),
          'result': map{
            'documentType': string($b/layanan),
            'registrationNumber': string($b/nomor_antrian),
            'issuedOn': string($b/tanggal_daftar),
            'message': 'Sesi Posbakum ' || f:day(string($b/tanggal_sesi)) || ' pukul ' || string($b/jam_mulai) || '-'
                || string($b/jam_selesai) || ' WIB, ' || string($b/ruang)
                || (if (string($b/prodeo) = 'YA') then '; prodeo: bawa SKTM atau kartu bantuan sosial' else '')
          }
        }"/>
      </xsl:when>
      <xsl:when test="$kode = '451'">
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
