<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> BPKD POST /keuda/api/bmd/permohonan-sewa (invented). no_referensi
     carries the hub's request id (BPKD deduplicates on it); dates become dd/MM/yyyy and the
     applicant types BPKD's codes. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:f="urn:mpp:bpkd" xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="applicants" select="map{'individual': 'PERORANGAN', 'organisation': 'ORGANISASI', 'company': 'BADAN_USAHA'}"/>

  <xsl:function name="f:dmy" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:sequence select="substring($iso, 9, 2) || '/' || substring($iso, 6, 2) || '/' || substring($iso, 1, 4)"/>
  </xsl:function>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <xsl:variable name="type" select="($data/string[@key = 'applicantType'], 'individual')[1]"/>
    <permintaan>
      <no_referensi><xsl:value-of select="string[@key = 'requestId']"/></no_referensi>
      <nik_pemohon><xsl:value-of select="map[@key = 'citizen']/string[@key = 'nik']"/></nik_pemohon>
      <kode_aset><xsl:value-of select="$data/string[@key = 'assetCode']"/></kode_aset>
      <keperluan><xsl:value-of select="$data/string[@key = 'purpose']"/></keperluan>
      <tgl_mulai><xsl:value-of select="f:dmy($data/string[@key = 'startDate'])"/></tgl_mulai>
      <tgl_selesai><xsl:value-of select="f:dmy($data/string[@key = 'endDate'])"/></tgl_selesai>
      <xsl:if test="$data/number[@key = 'expectedAttendees']">
        <jumlah_peserta><xsl:value-of select="xs:integer($data/number[@key = 'expectedAttendees'])"/></jumlah_peserta>
      </xsl:if>
      <jenis_pemohon><xsl:value-of select="$applicants(string($type))"/></jenis_pemohon>
      <xsl:if test="$data/string[@key = 'organisationName']">
        <nama_organisasi><xsl:value-of select="upper-case($data/string[@key = 'organisationName'])"/></nama_organisasi>
      </xsl:if>
      <loket><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></loket>
    </permintaan>
  </xsl:template>
</xsl:stylesheet>
